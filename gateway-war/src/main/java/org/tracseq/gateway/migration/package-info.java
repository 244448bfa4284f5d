/** Gradual migration: per route, whether traffic goes to the service, the all-in-one server, or is split. */
package org.tracseq.gateway.migration;
