package org.tracseq.events.domain;

import java.time.Instant;
import java.util.UUID;

/** One attempt at sending one event to one subscription, as the delivery log shows it. */
public record DeliveryAttempt(
        UUID eventId,
        String eventType,
        int attempt,
        Instant at,
        Integer statusCode,
        String error,
        long durationMs,
        boolean delivered) {}
