package org.tracseq.events.service;

import jakarta.enterprise.context.Dependent;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The events service's settings (MP Config: properties, system properties, environment variables
 * such as {@code TRACSEQ_EVENTS_WEBHOOKS_MAX_FAILURES}). The platform's consumer keys
 * ({@code tracseq.events.max-failures}, {@code claim-after-ms}) are the platform's.
 */
@Dependent
@ConfigProperties(prefix = "tracseq.events")
public class EventsSettings {
    /** The families stored; one without a stream yet is fine (the consumer creates it). */
    @ConfigProperty(
            name = "families",
            defaultValue = "auth,barcodes,samples,storage,events,library-prep,qaqc,sequencing")
    public List<String> families;

    /** Pause after a webhook's first failed attempt; each further one doubles it. */
    @ConfigProperty(name = "webhooks.retry-base-ms", defaultValue = "10000")
    public long retryBaseMs;

    /** The longest pause between two attempts at one delivery. */
    @ConfigProperty(name = "webhooks.retry-max-ms", defaultValue = "3600000")
    public long retryMaxMs;

    /** Failed attempts in a row after which a subscription disables itself. */
    @ConfigProperty(name = "webhooks.max-failures", defaultValue = "10")
    public int maxFailures;

    /** How long a receiver has to answer; longer counts as a failure. */
    @ConfigProperty(name = "webhooks.timeout-ms", defaultValue = "10000")
    public long timeoutMs;

    /** How often the delivery worker looks for due deliveries. */
    @ConfigProperty(name = "webhooks.poll-ms", defaultValue = "250")
    public long deliveryPollMs;

    /** Deliveries one worker round takes (and sends at the same time). */
    @ConfigProperty(name = "webhooks.batch", defaultValue = "20")
    public int deliveryBatch;

    /** How often an open stream looks for new events. */
    @ConfigProperty(name = "stream.poll-ms", defaultValue = "100")
    public long streamPollMs;

    /** Seconds of silence after which a stream sends a comment, so proxies keep it open. */
    @ConfigProperty(name = "stream.keep-alive-seconds", defaultValue = "15")
    public long keepAliveSeconds;

    /** Seconds after which the server ends a stream (EventSource reconnects, resuming with Last-Event-ID). */
    @ConfigProperty(name = "stream.max-seconds", defaultValue = "1800")
    public long streamMaxSeconds;
}
