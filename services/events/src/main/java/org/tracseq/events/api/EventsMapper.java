package org.tracseq.events.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.contract.events.model.DeadLetter;
import org.tracseq.contract.events.model.DeadLetterPage;
import org.tracseq.contract.events.model.DeliveryAttempt;
import org.tracseq.contract.events.model.DeliveryAttemptPage;
import org.tracseq.contract.events.model.StoredEvent;
import org.tracseq.contract.events.model.StoredEventPage;
import org.tracseq.contract.events.model.Subscription;
import org.tracseq.contract.events.model.SubscriptionPage;
import org.tracseq.platform.paging.Page;

/** Domain records to contract models. A subscription's secret is never mapped: it is write-only. */
final class EventsMapper {
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type OBJECT =
            new HashMap<String, Object>() {}.getClass().getGenericSuperclass();

    private EventsMapper() {}

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static StoredEvent event(org.tracseq.events.domain.StoredEvent event) {
        return new StoredEvent()
                .position(event.position())
                .id(event.id())
                .type(event.type())
                .aggregateId(event.aggregateId())
                .version(event.version())
                .occurredAt(time(event.occurredAt()))
                .actor(event.actor())
                .requestId(event.requestId())
                .payload(JSON.fromJson(event.payload(), OBJECT));
    }

    static StoredEventPage events(Page<org.tracseq.events.domain.StoredEvent> page) {
        return new StoredEventPage()
                .items(page.items().stream().map(EventsMapper::event).toList())
                .page(page.page())
                .size(page.size())
                .total(page.total());
    }

    static Subscription subscription(org.tracseq.events.domain.Subscription s) {
        return new Subscription()
                .id(s.id())
                .url(s.url())
                .types(s.types())
                .description(s.description())
                .enabled(s.enabled())
                .consecutiveFailures(s.consecutiveFailures())
                .disabledReason(s.disabledReason())
                .disabledAt(time(s.disabledAt()))
                .createdAt(time(s.createdAt()))
                .createdBy(s.createdBy());
    }

    static SubscriptionPage subscriptions(Page<org.tracseq.events.domain.Subscription> page) {
        return new SubscriptionPage()
                .items(page.items().stream().map(EventsMapper::subscription).toList())
                .page(page.page())
                .size(page.size())
                .total(page.total());
    }

    static DeliveryAttemptPage attempts(Page<org.tracseq.events.domain.DeliveryAttempt> page) {
        return new DeliveryAttemptPage()
                .items(page.items().stream()
                        .map(a -> new DeliveryAttempt()
                                .eventId(a.eventId())
                                .eventType(a.eventType())
                                .attempt(a.attempt())
                                .at(time(a.at()))
                                .statusCode(a.statusCode())
                                .error(a.error())
                                .durationMs(a.durationMs())
                                .outcome(
                                        a.delivered()
                                                ? DeliveryAttempt.OutcomeEnum.DELIVERED
                                                : DeliveryAttempt.OutcomeEnum.FAILED))
                        .toList())
                .page(page.page())
                .size(page.size())
                .total(page.total());
    }

    static DeadLetterPage deadLetters(Page<org.tracseq.events.domain.DeadLetter> page) {
        return new DeadLetterPage()
                .items(page.items().stream()
                        .map(d -> new DeadLetter()
                                .entryId(d.entryId()).stream(d.stream())
                                        .reason(d.reason())
                                        .failures(d.failures())
                                        .event(readable(d.event()).orElse(null)))
                        .toList())
                .page(page.page())
                .size(page.size())
                .total(page.total());
    }

    /** A dead letter's event fields as an event; empty when they are not one (which may be why it died). */
    private static Optional<StoredEvent> readable(Map<String, String> fields) {
        try {
            return Optional.of(new StoredEvent()
                            .id(UUID.fromString(fields.get("id")))
                            .type(fields.get("type"))
                            .aggregateId(fields.get("aggregateId"))
                            .version(Long.parseLong(fields.get("version")))
                            .occurredAt(time(Instant.parse(fields.get("occurredAt"))))
                            .actor(fields.get("actor"))
                            .requestId(fields.get("requestId"))
                            .payload(JSON.fromJson(fields.get("payload"), OBJECT)))
                    .filter(event -> event.getType() != null && event.getAggregateId() != null);
        } catch (RuntimeException e) {
            // NullPointerException, NumberFormatException, DateTimeParseException, JsonbException
            return Optional.empty();
        }
    }
}
