package org.tracseq.events.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.events.domain.DueDelivery;
import org.tracseq.platform.db.SchemaMigrator;

/**
 * Sends due webhook deliveries: every {@code tracseq.events.webhooks.poll-ms} it leases a batch
 * (committed, so no lock is held while receivers answer), sends them at the same time, and records
 * each outcome. Several instances share the work through the lease.
 */
@ApplicationScoped
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

    @Inject
    @ConfigProperties
    EventsSettings settings;

    @Inject
    Deliveries deliveries;

    @Inject
    WebhookSender sender;

    @Inject
    SchemaMigrator migrator;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    private ScheduledFuture<?> rounds;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        rounds = scheduler.scheduleWithFixedDelay(
                this::round, settings.deliveryPollMs, settings.deliveryPollMs, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        if (rounds != null) {
            rounds.cancel(true);
        }
    }

    private void round() {
        if (!migrator.isMigrated()) {
            return;
        }
        try {
            CompletableFuture.allOf(deliveries.lease().stream()
                            .map(delivery -> CompletableFuture.runAsync(() -> attempt(delivery), executor))
                            .toArray(CompletableFuture[]::new))
                    .join();
        } catch (RuntimeException e) {
            // A repeating task that throws is never run again: log, and try in the next round.
            LOG.warning("Webhook deliveries could not be taken now (trying again): " + e);
        }
    }

    private void attempt(DueDelivery delivery) {
        Instant at = Instant.now();
        Deliveries.Outcome outcome = sender.send(delivery);
        try {
            deliveries.record(delivery, at, outcome);
        } catch (RuntimeException e) {
            LOG.warning("The outcome of delivery " + delivery.id() + " could not be recorded (it is sent again "
                    + "when its lease ends): " + e);
        }
    }
}
