package org.tracseq.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.events.persistence.DeliveryRepository;
import org.tracseq.events.persistence.EventRepository;
import org.tracseq.events.persistence.SubscriptionRepository;
import org.tracseq.platform.events.Event;
import org.tracseq.platform.events.EventHandler;

/**
 * Stores every event of the configured families ({@code tracseq.events.families}) once, and gives
 * each enabled subscription whose types match it a delivery, in the same transaction (which the
 * platform's consumer opens, with the inbox row).
 */
@ApplicationScoped
public class EventStorage implements EventHandler {
    static final String GROUP = "events.store";

    @Inject
    @ConfigProperties
    EventsSettings settings;

    @Inject
    EventRepository events;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    EventMetrics metrics;

    @Override
    public String group() {
        return GROUP;
    }

    @Override
    public Set<String> families() {
        return Set.copyOf(settings.families);
    }

    @Override
    @Transactional
    public void apply(Event event) {
        OptionalLong position = events.store(event);
        if (position.isEmpty()) {
            return; // stored already (it came through another stream, or was redriven)
        }
        Instant now = Instant.now();
        subscriptions.enabled().stream()
                .filter(subscription -> subscription.wants(event.type()))
                .forEach(subscription -> deliveries.enqueue(subscription.id(), position.getAsLong(), now));
        metrics.countOnCommit(EventMetrics.STORED);
    }
}
