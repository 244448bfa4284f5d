package org.tracseq.storage.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An entry of the custody log as stored (ST-8): a sample's event, or an event of a location
 * (a capacity crossing, ST-5; a temperature alert or its acknowledgement, ST-9).
 */
public record Event(
        long id,
        EventKind kind,
        UUID sampleId,
        String barcode,
        UUID fromBox,
        String fromPosition,
        UUID toBox,
        String toPosition,
        UUID locationId,
        String actor,
        Instant at,
        String condition,
        String note,
        String detail) {}
