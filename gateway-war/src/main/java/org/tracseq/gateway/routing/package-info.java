/** The route table, forwarding to an instance, and the fault-tolerance policy each route runs under. */
package org.tracseq.gateway.routing;
