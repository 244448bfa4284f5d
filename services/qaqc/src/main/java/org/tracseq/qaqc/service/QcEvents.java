package org.tracseq.qaqc.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.tracseq.platform.events.Outbox;
import org.tracseq.qaqc.domain.InstrumentFormat;
import org.tracseq.qaqc.domain.MetricDefinition;
import org.tracseq.qaqc.domain.Outcome;
import org.tracseq.qaqc.domain.QcResult;

/**
 * What other services learn of QC ({@code qaqc.*}), published through the outbox in the caller's
 * transaction (the relay is woken at commit). A result's events have the result as aggregate; a
 * definition's the pair {@code <metric>:<appliesTo>}; an import's the import. An instrument file
 * publishes one {@code qaqc.import.recorded} naming its results, not one event per row, plus a
 * {@code qaqc.result.panic} for each panic. Schemas: {@code openapi/events.asyncapi.yaml}.
 */
@ApplicationScoped
public class QcEvents {
    @Inject
    Outbox outbox;

    public record ResultRecorded(
            UUID resultId,
            String subjectKind,
            UUID subjectId,
            String barcode,
            String metric,
            BigDecimal value,
            String unit,
            String outcome,
            UUID definitionId,
            int definitionVersion,
            int verificationsRequired,
            UUID importId) {}

    public record ResultVerified(
            UUID resultId, String verifiedBy, int verifications, int verificationsRequired, boolean verified) {}

    public record ThresholdChanged(
            UUID definitionId,
            String metric,
            String appliesTo,
            int version,
            String unit,
            BigDecimal passMin,
            boolean passMinInclusive,
            BigDecimal passMax,
            boolean passMaxInclusive,
            BigDecimal warnShoulder,
            BigDecimal panicBelow,
            BigDecimal panicAbove,
            int verificationsRequired,
            String reason) {}

    public record ImportRecorded(
            UUID importId, String format, int rows, List<UUID> resultIds, int failed, int panics) {}

    /** {@code qaqc.result.recorded}, and {@code qaqc.result.panic} at once when it is a panic (QC-1). */
    void recorded(QcResult result, String actor) {
        outbox.publish("qaqc.result.recorded", result.id().toString(), payload(result), actor);
        panicIfSo(result, actor);
    }

    void panicIfSo(QcResult result, String actor) {
        if (result.outcome() == Outcome.PANIC) {
            outbox.publish("qaqc.result.panic", result.id().toString(), payload(result), actor);
        }
    }

    void verified(QcResult result, String verifier) {
        outbox.publish(
                "qaqc.result.verified",
                result.id().toString(),
                new ResultVerified(
                        result.id(),
                        verifier,
                        result.verifications().size(),
                        result.verificationsRequired(),
                        result.verified()),
                verifier);
    }

    void thresholdChanged(MetricDefinition definition, String actor) {
        var t = definition.thresholds();
        outbox.publish(
                "qaqc.threshold.changed",
                definition.metric() + ":" + definition.appliesTo(),
                new ThresholdChanged(
                        definition.id(),
                        definition.metric(),
                        definition.appliesTo(),
                        definition.version(),
                        definition.unit(),
                        t.passMin(),
                        t.passMinInclusive(),
                        t.passMax(),
                        t.passMaxInclusive(),
                        t.warnShoulder(),
                        t.panicBelow(),
                        t.panicAbove(),
                        definition.verificationsRequired(),
                        definition.reason()),
                actor);
    }

    void imported(UUID importId, InstrumentFormat format, int rows, List<QcResult> results, String actor) {
        outbox.publish(
                "qaqc.import.recorded",
                importId.toString(),
                new ImportRecorded(
                        importId,
                        format.name().toLowerCase(Locale.ROOT),
                        rows,
                        results.stream().map(QcResult::id).toList(),
                        (int) results.stream().filter(r -> r.outcome().failed()).count(),
                        (int) results.stream()
                                .filter(r -> r.outcome() == Outcome.PANIC)
                                .count()),
                actor);
        results.forEach(result -> panicIfSo(result, actor));
    }

    private static ResultRecorded payload(QcResult result) {
        return new ResultRecorded(
                result.id(),
                result.subject().kind().name().toLowerCase(Locale.ROOT),
                result.subject().id(),
                result.subject().barcode(),
                result.metric(),
                result.value(),
                result.unit(),
                result.outcome().name().toLowerCase(Locale.ROOT),
                result.definitionId(),
                result.definitionVersion(),
                result.verificationsRequired(),
                result.importId());
    }
}
