/** What the gateway serves: the forwarding filter for {@code /api/<route>/**} and the admin resources. */
package org.tracseq.gateway.api;
