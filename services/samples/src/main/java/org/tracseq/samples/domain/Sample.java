package org.tracseq.samples.domain;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A registered sample as it is now. */
public record Sample(
        UUID id,
        String barcode,
        String name,
        SampleType type,
        SampleStatus status,
        String description,
        Quantities quantities,
        Map<String, Object> metadata,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        String createdBy) {}
