/** The gateway's own metrics, {@code tracseq_gateway_*}, counted per route. */
package org.tracseq.gateway.metrics;
