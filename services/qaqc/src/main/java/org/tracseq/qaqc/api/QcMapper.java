package org.tracseq.qaqc.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.tracseq.contract.qaqc.model.AppliesTo;
import org.tracseq.contract.qaqc.model.Definition;
import org.tracseq.contract.qaqc.model.DefinitionChange;
import org.tracseq.contract.qaqc.model.DefinitionList;
import org.tracseq.contract.qaqc.model.EffectiveQc;
import org.tracseq.contract.qaqc.model.EffectiveQcList;
import org.tracseq.contract.qaqc.model.ImportFormat;
import org.tracseq.contract.qaqc.model.ImportReport;
import org.tracseq.contract.qaqc.model.ImportedResult;
import org.tracseq.contract.qaqc.model.Outcome;
import org.tracseq.contract.qaqc.model.PoolQcList;
import org.tracseq.contract.qaqc.model.Result;
import org.tracseq.contract.qaqc.model.ResultPage;
import org.tracseq.contract.qaqc.model.SkippedValue;
import org.tracseq.contract.qaqc.model.Standing;
import org.tracseq.contract.qaqc.model.SubjectKind;
import org.tracseq.contract.qaqc.model.SubjectSummary;
import org.tracseq.contract.qaqc.model.Verification;
import org.tracseq.platform.paging.Page;
import org.tracseq.qaqc.domain.DefinitionDraft;
import org.tracseq.qaqc.domain.ImportOutcome;
import org.tracseq.qaqc.domain.InstrumentFormat;
import org.tracseq.qaqc.domain.LibraryQc;
import org.tracseq.qaqc.domain.MetricDefinition;
import org.tracseq.qaqc.domain.PoolQc;
import org.tracseq.qaqc.domain.QcResult;
import org.tracseq.qaqc.domain.Summary;
import org.tracseq.qaqc.domain.Thresholds;

/** Contract models to domain values and back. */
final class QcMapper {
    private QcMapper() {}

    static DefinitionDraft draft(DefinitionChange change) {
        return new DefinitionDraft(
                change.getMetric(),
                change.getAppliesTo().toString(),
                change.getUnit(),
                change.getLabel(),
                new Thresholds(
                        change.getPassMin(),
                        !Boolean.FALSE.equals(change.getPassMinInclusive()),
                        change.getPassMax(),
                        !Boolean.FALSE.equals(change.getPassMaxInclusive()),
                        change.getWarnShoulder(),
                        change.getPanicBelow(),
                        change.getPanicAbove()),
                change.getVerificationsRequired() == null ? 1 : change.getVerificationsRequired(),
                change.getReason());
    }

    static DefinitionList definitions(List<MetricDefinition> definitions) {
        return new DefinitionList()
                .items(definitions.stream().map(QcMapper::definition).toList());
    }

    static Definition definition(MetricDefinition d) {
        Thresholds t = d.thresholds();
        return new Definition()
                .id(d.id())
                .metric(d.metric())
                .appliesTo(AppliesTo.fromValue(d.appliesTo()))
                .version(d.version())
                .unit(d.unit())
                .label(d.label())
                .passMin(t.passMin())
                .passMinInclusive(t.passMinInclusive())
                .passMax(t.passMax())
                .passMaxInclusive(t.passMaxInclusive())
                .warnShoulder(t.warnShoulder())
                .panicBelow(t.panicBelow())
                .panicAbove(t.panicAbove())
                .verificationsRequired(d.verificationsRequired())
                .reason(d.reason())
                .createdAt(utc(d.createdAt()))
                .createdBy(d.createdBy());
    }

    static Result result(QcResult r) {
        return new Result()
                .id(r.id())
                .subjectKind(SubjectKind.fromValue(wire(r.subject().kind())))
                .subjectId(r.subject().id())
                .barcode(r.subject().barcode())
                .metric(r.metric())
                .value(r.value())
                .unit(r.unit())
                .outcome(Outcome.fromValue(wire(r.outcome())))
                .definitionId(r.definitionId())
                .definitionVersion(r.definitionVersion())
                .verificationsRequired(r.verificationsRequired())
                .verifications(r.verifications().stream()
                        .map(v -> new Verification()
                                .verifiedBy(v.verifiedBy())
                                .verifiedAt(utc(v.verifiedAt()))
                                .note(v.note()))
                        .toList())
                .verified(r.verified())
                .instrument(r.instrument())
                .note(r.note())
                .importId(r.importId())
                .measuredBy(r.measuredBy())
                .measuredAt(utc(r.measuredAt()));
    }

    static ResultPage results(Page<QcResult> page) {
        return new ResultPage()
                .page(page.page())
                .size(page.size())
                .total(page.total())
                .items(page.items().stream().map(QcMapper::result).toList());
    }

    static org.tracseq.qaqc.domain.Outcome outcome(Outcome outcome) {
        return org.tracseq.qaqc.domain.Outcome.valueOf(outcome.toString().toUpperCase(Locale.ROOT));
    }

    static SubjectSummary summary(Summary s) {
        return new SubjectSummary()
                .subjectKind(SubjectKind.fromValue(wire(s.kind())))
                .subjectId(s.subjectId())
                .barcode(s.barcode())
                .standing(Standing.fromValue(wire(s.standing().verdict())))
                .current(s.current().stream().map(QcMapper::result).toList())
                .results(s.results().stream().map(QcMapper::result).toList());
    }

    static EffectiveQcList effective(List<LibraryQc> known, List<UUID> unknown) {
        return new EffectiveQcList()
                .libraries(known.stream()
                        .map(qc -> new EffectiveQc()
                                .libraryId(qc.libraryId())
                                .sampleId(qc.sampleId())
                                .effective(Standing.fromValue(wire(qc.standing().verdict())))
                                .reasons(qc.standing().reasons()))
                        .toList())
                .unknown(unknown);
    }

    static PoolQcList poolQc(List<PoolQc> known, List<UUID> unknown) {
        return new PoolQcList()
                .pools(known.stream()
                        .map(qc -> new org.tracseq.contract.qaqc.model.PoolQc()
                                .poolId(qc.poolId())
                                .name(qc.name())
                                .standing(Standing.fromValue(wire(qc.standing().verdict())))
                                .reasons(qc.standing().reasons()))
                        .toList())
                .unknown(unknown);
    }

    static InstrumentFormat format(ImportFormat format) {
        return InstrumentFormat.valueOf(format.toString().toUpperCase(Locale.ROOT));
    }

    static ImportReport report(ImportOutcome outcome) {
        return new ImportReport()
                .importId(outcome.importId())
                .format(ImportFormat.fromValue(wire(outcome.format())))
                .rows(outcome.rows())
                .results(outcome.results().stream()
                        .map(imported -> new ImportedResult()
                                .row(imported.row())
                                .barcode(imported.result().subject().barcode())
                                .subjectKind(SubjectKind.fromValue(
                                        wire(imported.result().subject().kind())))
                                .subjectId(imported.result().subject().id())
                                .metric(imported.result().metric())
                                .value(imported.result().value())
                                .outcome(
                                        Outcome.fromValue(wire(imported.result().outcome())))
                                .resultId(imported.result().id()))
                        .toList())
                .skipped(outcome.skipped().stream()
                        .map(s -> new SkippedValue()
                                .row(s.row())
                                .metric(s.metric())
                                .reason(s.reason()))
                        .toList());
    }

    static org.tracseq.qaqc.domain.SubjectKind kind(SubjectKind kind) {
        return kind == null
                ? null
                : org.tracseq.qaqc.domain.SubjectKind.valueOf(kind.toString().toUpperCase(Locale.ROOT));
    }

    private static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
