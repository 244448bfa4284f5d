/** The API gateway: the one public entry, {@code /api/<route>/**}, forwarding to the services (docs/gateway.md). */
package org.tracseq.gateway;
