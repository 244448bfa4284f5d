package org.tracseq.samples.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of a sample's audit trail: who did what to which field, from what to what, and why. */
public record AuditEntry(
        long id,
        UUID sampleId,
        AuditAction action,
        String field,
        String oldValue,
        String newValue,
        String reason,
        String actor,
        OffsetDateTime at) {}
