/** The lab's dashboard in one call: what the web UI's first page shows, gathered from the services. */
package org.tracseq.gateway.dashboard;
