package org.tracseq.sequencing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tracseq.contract.sequencing.model.Collision;
import org.tracseq.contract.sequencing.model.CycleSignal;
import org.tracseq.contract.sequencing.model.DemultiplexReport;
import org.tracseq.contract.sequencing.model.Finding;
import org.tracseq.contract.sequencing.model.I5Orientation;
import org.tracseq.contract.sequencing.model.IndexSuggestion;
import org.tracseq.contract.sequencing.model.Instrument;
import org.tracseq.contract.sequencing.model.InstrumentQueue;
import org.tracseq.contract.sequencing.model.InstrumentStatus;
import org.tracseq.contract.sequencing.model.LaneCheck;
import org.tracseq.contract.sequencing.model.LaneLibrary;
import org.tracseq.contract.sequencing.model.LaneReport;
import org.tracseq.contract.sequencing.model.LaneSummary;
import org.tracseq.contract.sequencing.model.Library;
import org.tracseq.contract.sequencing.model.LibraryReads;
import org.tracseq.contract.sequencing.model.Mismatches;
import org.tracseq.contract.sequencing.model.PlannedLibrary;
import org.tracseq.contract.sequencing.model.Platform;
import org.tracseq.contract.sequencing.model.PlatformCode;
import org.tracseq.contract.sequencing.model.Pool;
import org.tracseq.contract.sequencing.model.PoolOwnQc;
import org.tracseq.contract.sequencing.model.PoolPlan;
import org.tracseq.contract.sequencing.model.PooledLibrary;
import org.tracseq.contract.sequencing.model.Priority;
import org.tracseq.contract.sequencing.model.QcStanding;
import org.tracseq.contract.sequencing.model.RecordedOverride;
import org.tracseq.contract.sequencing.model.Run;
import org.tracseq.contract.sequencing.model.RunLane;
import org.tracseq.contract.sequencing.model.RunQcOverride;
import org.tracseq.contract.sequencing.model.RunStatus;
import org.tracseq.contract.sequencing.model.RunSummary;
import org.tracseq.contract.sequencing.model.SampleSheet;
import org.tracseq.contract.sequencing.model.Severity;
import org.tracseq.contract.sequencing.model.SheetVersionCode;
import org.tracseq.contract.sequencing.model.UnknownBarcode;
import org.tracseq.sequencing.domain.ColourBalance;
import org.tracseq.sequencing.domain.DemultiplexReports;
import org.tracseq.sequencing.domain.IndexCollisions;
import org.tracseq.sequencing.domain.Lane;
import org.tracseq.sequencing.domain.LaneChecks;
import org.tracseq.sequencing.domain.MismatchPolicy;
import org.tracseq.sequencing.domain.RunQc;
import org.tracseq.sequencing.domain.SampleSheetVersion;
import org.tracseq.sequencing.domain.StoredSheet;
import org.tracseq.sequencing.service.Imports;
import org.tracseq.sequencing.service.Instruments;
import org.tracseq.sequencing.service.Pools;
import org.tracseq.sequencing.service.Sheets;

/** Domain values to the contract's models and back; the enums share their constant names. */
final class SequencingMapper {
    private SequencingMapper() {}

    static Platform platform(org.tracseq.sequencing.domain.Platform platform) {
        return new Platform()
                .code(code(platform))
                .name(platform.displayName())
                .chemistry(platform.chemistry().family())
                .channels(platform.chemistry().channels())
                .lanes(platform.lanes())
                .independentLanes(platform.independentLanes())
                .maxCyclesPerRead(platform.maxCyclesPerRead())
                .i5AsRead(I5Orientation.valueOf(platform.i5AsRead().name()))
                .sheetVersions(platform.sheetVersions().stream()
                        .map(SequencingMapper::sheetVersion)
                        .sorted()
                        .toList())
                .defaultSheetVersion(sheetVersion(platform.defaultSheetVersion()));
    }

    static PlatformCode code(org.tracseq.sequencing.domain.Platform platform) {
        return PlatformCode.valueOf(platform.name());
    }

    static org.tracseq.sequencing.domain.Platform platform(PlatformCode code) {
        return org.tracseq.sequencing.domain.Platform.valueOf(code.name());
    }

    static SheetVersionCode sheetVersion(SampleSheetVersion version) {
        return SheetVersionCode.valueOf(version.name());
    }

    static SampleSheetVersion sheetVersion(SheetVersionCode code) {
        return code == null ? null : SampleSheetVersion.valueOf(code.name());
    }

    static Instrument instrument(org.tracseq.sequencing.domain.Instrument instrument) {
        return new Instrument()
                .id(instrument.id())
                .name(instrument.name())
                .serialNumber(instrument.serialNumber())
                .platform(code(instrument.platform()))
                .capacity(instrument.capacity())
                .status(InstrumentStatus.valueOf(instrument.state().name()))
                .createdAt(utc(instrument.createdAt()));
    }

    static InstrumentQueue queue(Instruments.Queue queue) {
        return new InstrumentQueue()
                .instrument(instrument(queue.instrument()))
                .running(queue.running().stream().map(SequencingMapper::run).toList())
                .queued(queue.queued().stream().map(SequencingMapper::run).toList());
    }

    static Library library(org.tracseq.sequencing.domain.Library library) {
        return new Library()
                .id(library.id())
                .name(library.name())
                .sampleId(library.sampleId())
                .librarySampleId(library.librarySampleId())
                .barcode(library.barcode())
                .kit(library.kit())
                .i7Name(library.i7Name())
                .i7(library.i7())
                .i5Name(library.i5Name())
                .i5(library.i5())
                .molarityNm(library.molarityNm())
                .concentrationNgPerUl(library.concentrationNgPerUl())
                .meanFragmentBp(library.meanFragmentBp())
                .volumeUl(library.volumeUl());
    }

    static PoolPlan plan(Pools.Plan plan, BigDecimal targetNm, BigDecimal targetVolumeUl) {
        List<PlannedLibrary> libraries = new ArrayList<>();
        for (int i = 0; i < plan.libraries().size(); i++) {
            var library = plan.libraries().get(i);
            var volume = plan.volumes().libraries().get(i);
            libraries.add(new PlannedLibrary()
                    .libraryId(library.id())
                    .name(library.name())
                    .molarityNm(library.molarityNm())
                    .share(plan.members().get(i).share())
                    .shareFraction(volume.shareFraction())
                    .volumeUl(volume.volumeUl()));
        }
        return new PoolPlan()
                .libraries(libraries)
                .bufferUl(plan.volumes().bufferUl())
                .targetMolarityNm(targetNm)
                .targetVolumeUl(targetVolumeUl);
    }

    static Pool pool(org.tracseq.sequencing.domain.Pool pool) {
        return new Pool()
                .id(pool.id())
                .name(pool.name())
                .targetMolarityNm(pool.targetMolarityNm())
                .targetVolumeUl(pool.targetVolumeUl())
                .bufferUl(pool.bufferUl())
                .libraries(pool.libraries().stream()
                        .map(pooled -> new PooledLibrary()
                                .libraryId(pooled.library().id())
                                .name(pooled.library().name())
                                .sampleId(pooled.library().sampleId())
                                .i7Name(pooled.library().i7Name())
                                .i7(pooled.library().i7())
                                .i5Name(pooled.library().i5Name())
                                .i5(pooled.library().i5())
                                .molarityNm(pooled.molarityNm())
                                .share(pooled.share())
                                .shareFraction(pooled.shareFraction())
                                .volumeUl(pooled.volumeUl())
                                .qc(QcStanding.valueOf(pooled.qc().name()))
                                .qcReasons(pooled.qcReasons()))
                        .toList())
                .qcOverride(
                        pool.overrideReason() == null
                                ? null
                                : new RecordedOverride()
                                        .reason(pool.overrideReason())
                                        .by(pool.overrideBy())
                                        .at(utc(pool.createdAt())))
                .createdBy(pool.createdBy())
                .createdAt(utc(pool.createdAt()));
    }

    static MismatchPolicy mismatches(Mismatches mismatches) {
        if (mismatches == null) {
            return MismatchPolicy.DEFAULT;
        }
        return new MismatchPolicy(
                mismatches.getIndex1() == null ? MismatchPolicy.DEFAULT.index1() : mismatches.getIndex1(),
                mismatches.getIndex2() == null ? MismatchPolicy.DEFAULT.index2() : mismatches.getIndex2());
    }

    static Mismatches mismatches(MismatchPolicy policy) {
        return new Mismatches().index1(policy.index1()).index2(policy.index2());
    }

    static org.tracseq.sequencing.domain.RunPriority priority(Priority priority) {
        return priority == null
                ? org.tracseq.sequencing.domain.RunPriority.NORMAL
                : org.tracseq.sequencing.domain.RunPriority.valueOf(priority.name());
    }

    static Run run(org.tracseq.sequencing.domain.Run run) {
        return new Run()
                .id(run.id())
                .name(run.name())
                .instrumentId(run.instrumentId())
                .platform(code(run.platform()))
                .readStructure(readStructure(run.reads()))
                .priority(Priority.valueOf(run.priority().name()))
                .flowCellId(run.flowCellId())
                .mismatches(mismatches(run.mismatches()))
                .status(RunStatus.valueOf(run.status().name()))
                .lanes(run.lanes().stream().map(SequencingMapper::lane).toList())
                .qcOverrides(run.qcOverrides().stream()
                        .map(override -> new RunQcOverride()
                                .toStatus(RunStatus.valueOf(override.to().name()))
                                .failedPools(override.failedPools())
                                .reason(override.reason())
                                .overriddenBy(override.by())
                                .overriddenAt(utc(override.at())))
                        .toList())
                .createdBy(run.createdBy())
                .createdAt(utc(run.createdAt()))
                .statusChangedAt(utc(run.statusChangedAt()));
    }

    /** Always the four numbers the contract asks for ({@code 151-10-0-151}), unlike the domain's short form. */
    private static String readStructure(org.tracseq.sequencing.domain.ReadStructure reads) {
        return reads.read1() + "-" + reads.index1() + "-" + reads.index2() + "-" + reads.read2();
    }

    private static RunLane lane(Lane lane) {
        return new RunLane()
                .lane(lane.lane())
                .poolId(lane.poolId())
                .libraries(lane.libraries().stream()
                        .map(pooled -> new LaneLibrary()
                                .libraryId(pooled.library().id())
                                .name(pooled.library().name())
                                .sampleId(pooled.library().sampleId())
                                .i7Name(pooled.library().i7Name())
                                .i7(pooled.library().i7())
                                .i5Name(pooled.library().i5Name())
                                .i5(pooled.library().i5())
                                .shareFraction(pooled.shareFraction()))
                        .toList());
    }

    /** The lane check, each lane with its pool's own QC when qaqc could answer ({@code poolQc}). */
    static LaneCheck laneCheck(Sheets.Check check, Optional<Map<UUID, RunQc.PoolStanding>> poolQc) {
        Map<Integer, UUID> poolOfLane =
                check.run().lanes().stream().collect(Collectors.toMap(Lane::lane, Lane::poolId));
        return new LaneCheck()
                .runId(check.run().id())
                .platform(code(check.run().platform()))
                .readStructure(readStructure(check.run().reads()))
                .mismatches(mismatches(check.run().mismatches()))
                .passes(check.passes())
                .lanes(check.lanes().stream()
                        .map(SequencingMapper::laneReport)
                        .map(report -> report.poolQc(
                                ownQc(poolQc.map(standings -> standings.get(poolOfLane.get(report.getLane()))))))
                        .toList());
    }

    /** A pool's own QC standing, or null (left out) when qaqc could not answer. */
    static PoolOwnQc ownQc(Optional<RunQc.PoolStanding> standing) {
        return standing.map(qc -> new PoolOwnQc()
                        .standing(QcStanding.valueOf(qc.standing().name()))
                        .reasons(qc.reasons()))
                .orElse(null);
    }

    private static LaneReport laneReport(LaneChecks.LaneResult result) {
        List<Finding> findings = new ArrayList<>();
        IndexCollisions.CollisionReport collisions = result.collisions();
        List<Collision> pairs = new ArrayList<>();
        if (result.unindexed() != null) {
            findings.add(new Finding()
                    .rule("IDX-2")
                    .severity(Severity.FAIL)
                    .message(result.unindexed().getMessage()));
        } else {
            collisions.collisions().forEach(collision -> {
                pairs.add(collision(collision));
                findings.add(new Finding().rule("IDX-1").severity(Severity.FAIL).message(collision.describe()));
            });
            if (collisions.lowDistanceWarning()) {
                findings.add(new Finding()
                        .rule("IDX-3")
                        .severity(Severity.WARN)
                        .message(
                                "The closest libraries, " + collisions.closest().first() + " and "
                                        + collisions.closest().second() + ", differ in only "
                                        + collisions.closest().distance() + " index bases (fewer than "
                                        + IndexCollisions.WARN_BELOW + ")"));
            }
        }
        ColourBalance.Report colour = result.colourBalance();
        colour.findings()
                .forEach(finding -> findings.add(new Finding()
                        .rule("CB-1")
                        .severity(Severity.valueOf(finding.severity().name()))
                        .indexRead(finding.indexRead())
                        .cycle(finding.cycle())
                        .message(finding.message())));
        return new LaneReport()
                .lane(result.lane().lane())
                .libraries(result.lane().libraries().size())
                .passes(result.passes())
                .minimumDistance(collisions == null ? null : collisions.minimumDistance())
                .closestPair(
                        collisions == null || collisions.closest() == null
                                ? null
                                : List.of(
                                        collisions.closest().first(),
                                        collisions.closest().second()))
                .collisions(pairs)
                .cycles(colour.cycles().stream()
                        .map(cycle -> new CycleSignal()
                                .indexRead(cycle.indexRead())
                                .cycle(cycle.cycle())
                                .a(cycle.a())
                                .c(cycle.c())
                                .g(cycle.g())
                                .t(cycle.t())
                                .lit(cycle.lit())
                                .dark(cycle.dark())
                                .description(cycle.describe()))
                        .toList())
                .findings(findings)
                .suggestions(result.suggestions().stream()
                        .map(suggestion -> new IndexSuggestion()
                                .kit(suggestion.index().kit())
                                .name(suggestion.index().name())
                                .i7(suggestion.index().i7().bases())
                                .i5(
                                        suggestion.index().i5() == null
                                                ? null
                                                : suggestion.index().i5().bases())
                                .gradeAfter(IndexSuggestion.GradeAfterEnum.valueOf(
                                        suggestion.gradeAfter().name()))
                                .fixes(suggestion.fixes()))
                        .toList());
    }

    private static Collision collision(IndexCollisions.Collision collision) {
        return new Collision()
                .first(collision.first())
                .second(collision.second())
                .distanceIndex1(collision.distanceIndex1())
                .comparedIndex1(collision.comparedIndex1())
                .distanceIndex2(collision.distanceIndex2())
                .comparedIndex2(collision.comparedIndex2())
                .identical(collision.identical())
                .sameSequenceUnderTwoNames(collision.sameSequenceUnderTwoNames())
                .description(collision.describe());
    }

    static SampleSheet sheet(StoredSheet sheet) {
        return new SampleSheet()
                .runId(sheet.runId())
                .version(sheet.version())
                .sheetVersion(sheetVersion(sheet.sheetVersion()))
                .inputsHash(sheet.inputsHash())
                .generatorVersion(sheet.generatorVersion())
                .lanesPassed(sheet.lanesPassed())
                .override(
                        sheet.overrideReason() == null
                                ? null
                                : new RecordedOverride()
                                        .reason(sheet.overrideReason())
                                        .by(sheet.createdBy())
                                        .at(utc(sheet.createdAt())))
                .createdBy(sheet.createdBy())
                .createdAt(utc(sheet.createdAt()));
    }

    static List<org.tracseq.sequencing.domain.LaneSummary> summaryLanes(List<LaneSummary> lanes) {
        return lanes.stream()
                .map(lane -> new org.tracseq.sequencing.domain.LaneSummary(
                        lane.getLane(),
                        lane.getYieldGb(),
                        lane.getPercentQ30(),
                        lane.getPercentPf(),
                        lane.getClusterDensityKPerMm2()))
                .toList();
    }

    static RunSummary summary(Imports.Summary summary) {
        return new RunSummary()
                .runId(summary.runId())
                .lanes(summary.lanes().stream()
                        .map(lane -> new LaneSummary()
                                .lane(lane.lane())
                                .yieldGb(lane.yieldGb())
                                .percentQ30(lane.percentQ30())
                                .percentPf(lane.percentPf())
                                .clusterDensityKPerMm2(lane.clusterDensityKPerMm2()))
                        .toList())
                .importedBy(summary.importedBy())
                .importedAt(utc(summary.importedAt()));
    }

    static DemultiplexReport demultiplexing(Imports.Demultiplexing report) {
        Map<String, UUID> libraries = report.libraryBySampleId();
        return new DemultiplexReport()
                .runId(report.runId())
                .sheetVersion(report.sheetVersion())
                .libraries(report.yields().stream()
                        .map(yield -> new LibraryReads()
                                .lane(yield.lane())
                                .sampleId(yield.sampleId())
                                .libraryId(libraries.get(yield.lane() + "/" + yield.sampleId()))
                                .reads(yield.reads())
                                .observedFraction(BigDecimal.valueOf(yield.observedFraction()))
                                .expectedFraction(BigDecimal.valueOf(yield.expectedFraction()))
                                .underHalf(yield.underHalf()))
                        .toList())
                .unknownBarcodes(report.unknown().stream()
                        .map(unknown -> {
                            DemultiplexReports.NamedUnknown named =
                                    report.named().get(unknown);
                            return new UnknownBarcode()
                                    .lane(unknown.lane())
                                    .index(unknown.index())
                                    .index2(unknown.index2())
                                    .reads(unknown.reads())
                                    .knownIndex(
                                            named == null ? null : named.index().name())
                                    .knownIndexKit(
                                            named == null ? null : named.index().kit())
                                    .explanation(named == null ? null : named.explanation());
                        })
                        .toList())
                .importedBy(report.importedBy())
                .importedAt(utc(report.importedAt()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
