package org.tracseq.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.events.domain.Backoff;
import org.tracseq.events.domain.DeliveryAttempt;
import org.tracseq.events.domain.DueDelivery;
import org.tracseq.events.domain.Subscription;
import org.tracseq.events.persistence.DeliveryRepository;
import org.tracseq.events.persistence.SubscriptionRepository;
import org.tracseq.platform.events.Outbox;

/**
 * The delivery worker's transactions: leasing due deliveries before sending, and recording each
 * attempt after (the log row, the next try or the end, the subscription's failures in a row and,
 * at {@code tracseq.events.webhooks.max-failures}, its disabling with a notice).
 */
@ApplicationScoped
public class Deliveries {
    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());
    static final String DISABLED_TYPE = "events.subscription.disabled";
    /** The actor of what the service does by itself. */
    static final String ACTOR = "tracseq-events";

    /** What {@code events.subscription.disabled} says. */
    public record Disabled(
            UUID subscriptionId, String url, String reason, int consecutiveFailures, Instant disabledAt) {}

    /** A receiver's answer: its status code, or why there was none. */
    public record Outcome(Integer statusCode, String error, long durationMs) {
        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    @Inject
    @ConfigProperties
    EventsSettings settings;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    Outbox outbox;

    @Inject
    EventMetrics metrics;

    @Transactional
    public List<DueDelivery> lease() {
        Instant now = Instant.now();
        // Past the receiver's timeout, with room to record the outcome.
        Instant leaseUntil = now.plusMillis(settings.timeoutMs).plusSeconds(30);
        return deliveries.lease(now, leaseUntil, settings.deliveryBatch);
    }

    @Transactional
    public void record(DueDelivery delivery, Instant at, Outcome outcome) {
        Subscription subscription =
                subscriptions.lock(delivery.subscriptionId()).orElse(null);
        if (subscription == null) {
            return; // deleted while the request was on its way
        }
        int attempt = delivery.attempts() + 1;
        deliveries.log(
                delivery.id(),
                subscription.id(),
                new DeliveryAttempt(
                        delivery.event().id(),
                        delivery.event().type(),
                        attempt,
                        at.truncatedTo(ChronoUnit.MICROS),
                        outcome.statusCode(),
                        outcome.error(),
                        outcome.durationMs(),
                        outcome.delivered()));
        Instant now = Instant.now();
        if (outcome.delivered()) {
            deliveries.delivered(delivery.id(), attempt, now);
            subscriptions.update(subscription.delivered());
            metrics.countOnCommit(EventMetrics.SENT);
            return;
        }
        deliveries.retryAt(delivery.id(), attempt, now.plus(backoff().after(attempt)));
        Subscription failed = subscription.failed(settings.maxFailures, now.truncatedTo(ChronoUnit.MICROS));
        subscriptions.update(failed);
        metrics.countOnCommit(EventMetrics.FAILED);
        if (subscription.enabled() && !failed.enabled()) {
            LOG.warning("Webhook subscription " + failed.id() + " (" + failed.url() + ") disabled: "
                    + failed.disabledReason());
            outbox.publish(
                    DISABLED_TYPE,
                    failed.id().toString(),
                    new Disabled(
                            failed.id(),
                            failed.url(),
                            failed.disabledReason(),
                            failed.consecutiveFailures(),
                            failed.disabledAt()),
                    ACTOR);
            metrics.countOnCommit(EventMetrics.DISABLED);
        }
    }

    private Backoff backoff() {
        return new Backoff(Duration.ofMillis(settings.retryBaseMs), Duration.ofMillis(settings.retryMaxMs));
    }
}
