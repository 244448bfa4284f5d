package org.tracseq.qaqc.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A measurement and its outcome, judged once by the definition version it names (QC-1); never
 * edited (QC-3): a re-measurement is a new result. It is final once it has its verifications.
 */
public record QcResult(
        UUID id,
        Subject subject,
        String metric,
        BigDecimal value,
        String unit,
        Outcome outcome,
        UUID definitionId,
        int definitionVersion,
        int verificationsRequired,
        String instrument,
        String note,
        UUID importId,
        String measuredBy,
        Instant measuredAt,
        List<Verification> verifications) {

    public QcResult {
        verifications = List.copyOf(verifications);
    }

    /** Judges {@code value} by {@code definition} now: a new, unverified result. */
    public static QcResult judged(
            UUID id,
            Subject subject,
            MetricDefinition definition,
            BigDecimal value,
            String instrument,
            String note,
            UUID importId,
            String measuredBy,
            Instant measuredAt) {
        return new QcResult(
                id,
                subject,
                definition.metric(),
                value,
                definition.unit(),
                definition.thresholds().judge(value),
                definition.id(),
                definition.version(),
                definition.verificationsRequired(),
                instrument,
                note,
                importId,
                measuredBy,
                measuredAt,
                List.of());
    }

    public boolean verified() {
        return Verifications.complete(verifications.size(), verificationsRequired);
    }

    public CurrentResult current() {
        return new CurrentResult(metric, outcome, verified());
    }
}
