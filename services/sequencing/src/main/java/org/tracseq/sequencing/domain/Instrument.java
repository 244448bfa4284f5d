package org.tracseq.sequencing.domain;

import java.time.Instant;
import java.util.UUID;

/** One of the lab's instruments: a platform of the catalogue, and how many flow cells it runs at once. */
public record Instrument(
        UUID id,
        String name,
        String serialNumber,
        Platform platform,
        int capacity,
        InstrumentState state,
        Instant createdAt) {}
