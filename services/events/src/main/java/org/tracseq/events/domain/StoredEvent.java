package org.tracseq.events.domain;

import java.time.Instant;
import java.util.UUID;

/** An event as the store keeps it: {@code position} is the order it was stored in; payload is JSON text. */
public record StoredEvent(
        long position,
        UUID id,
        String type,
        String aggregateId,
        long version,
        Instant occurredAt,
        String actor,
        String requestId,
        String payload) {}
