/**
 * Traces across the gateway, the services and their events (OpenTelemetry through Liberty's
 * mpTelemetry, off unless the operator switches it on): the W3C {@code traceparent} an event carries,
 * and what ties a request id to its trace.
 */
package org.tracseq.platform.tracing;
