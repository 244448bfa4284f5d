package org.tracseq.qaqc.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.platform.problem.RuleViolation;

/** An administrator's definition or change of a metric (QC-1), before it becomes a version. */
public record DefinitionDraft(
        String metric,
        String appliesTo,
        String unit,
        String label,
        Thresholds thresholds,
        int verificationsRequired,
        String reason) {

    /**
     * The version this draft makes after {@code current} (version 1 when there is none). Refuses
     * contradictory ranges and a change of unit: results already judged were given in the old unit,
     * and comparing them with new ones would mislead (define a new metric instead).
     */
    public MetricDefinition after(Optional<MetricDefinition> current, UUID id, Instant now, String actor) {
        thresholds.checked();
        current.filter(previous -> !previous.unit().equals(unit)).ifPresent(previous -> {
            throw RuleViolation.unprocessable(
                    "QC-1",
                    metric + " for " + appliesTo + " is measured in " + previous.unit()
                            + "; its unit cannot change to " + unit
                            + " (results judged so far would read wrong); define a new metric instead");
        });
        int version = current.map(previous -> previous.version() + 1).orElse(1);
        return new MetricDefinition(
                id, metric, appliesTo, version, unit, label, thresholds, verificationsRequired, reason, now, actor);
    }
}
