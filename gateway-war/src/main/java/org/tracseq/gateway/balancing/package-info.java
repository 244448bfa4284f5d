/** A route's instances and the ways to pick one for the next attempt (round robin, least in flight, ...). */
package org.tracseq.gateway.balancing;
