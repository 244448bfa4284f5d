package org.tracseq.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.tracseq.platform.persistence.Transactions;

/** The service's counters; each moves when the transaction that did the counted thing commits. */
@ApplicationScoped
public class EventMetrics {
    static final Metadata STORED = Metadata.builder()
            .withName("tracseq_events_stored")
            .withDescription("Events stored (repeats of a stored event not counted)")
            .build();
    static final Metadata SENT = Metadata.builder()
            .withName("tracseq_events_deliveries_sent")
            .withDescription("Webhook deliveries the receiver accepted (2xx)")
            .build();
    static final Metadata FAILED = Metadata.builder()
            .withName("tracseq_events_deliveries_failed")
            .withDescription("Webhook delivery attempts that failed (no answer or not 2xx)")
            .build();
    static final Metadata DISABLED = Metadata.builder()
            .withName("tracseq_events_subscriptions_disabled")
            .withDescription("Subscriptions disabled after too many failed deliveries in a row")
            .build();

    @Inject
    MetricRegistry metrics;

    @Inject
    Transactions transactions;

    /** Counts one of {@code metric} once the current transaction commits. */
    void countOnCommit(Metadata metric) {
        transactions.afterCommit(() -> metrics.counter(metric).inc());
    }
}
