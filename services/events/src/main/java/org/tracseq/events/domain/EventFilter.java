package org.tracseq.events.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What a query or stream asks for; every part given must hold. {@code administrator}: whether the
 * caller may see {@code auth.*} events at all ({@link Visibility}), whatever {@code type} says.
 */
public record EventFilter(
        Optional<TypePattern> type,
        Optional<String> aggregateId,
        Optional<String> actor,
        Optional<String> requestId,
        Optional<Instant> from,
        Optional<Instant> to,
        boolean administrator) {

    /** The stream's filter: type and aggregate only. */
    public static EventFilter of(Optional<TypePattern> type, Optional<String> aggregateId, boolean administrator) {
        return new EventFilter(
                type,
                aggregateId,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                administrator);
    }
}
