package org.tracseq.qaqc.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a metric's definition for what it applies to (a sample type, {@code library} or
 * {@code pool}). A change is the next version (QC-1); a result names the version that judged it.
 * {@code verificationsRequired} is N of QC-3 for the results this version judges.
 */
public record MetricDefinition(
        UUID id,
        String metric,
        String appliesTo,
        int version,
        String unit,
        String label,
        Thresholds thresholds,
        int verificationsRequired,
        String reason,
        Instant createdAt,
        String createdBy) {}
