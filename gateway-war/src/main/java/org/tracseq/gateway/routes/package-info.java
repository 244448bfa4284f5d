/** Routes declared in a line of their own, to take fault-tolerance values of their own through MP Config. */
package org.tracseq.gateway.routes;
