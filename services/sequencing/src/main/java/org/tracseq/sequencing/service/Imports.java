package org.tracseq.sequencing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.sequencing.domain.CatalogueKit;
import org.tracseq.sequencing.domain.DemultiplexReports;
import org.tracseq.sequencing.domain.Lane;
import org.tracseq.sequencing.domain.LaneSummary;
import org.tracseq.sequencing.domain.PooledLibrary;
import org.tracseq.sequencing.domain.Run;
import org.tracseq.sequencing.domain.SequencingStatus;
import org.tracseq.sequencing.domain.StoredSheet;
import org.tracseq.sequencing.persistence.CatalogueRepository;
import org.tracseq.sequencing.persistence.ImportRepository;
import org.tracseq.sequencing.persistence.RunRepository;
import org.tracseq.sequencing.persistence.SheetRepository;

/**
 * After the run: the instrument's run summary per lane, and BCL Convert's demultiplexing files
 * matched to the run's libraries through the sheet they were made with. Each import is kept; the
 * latest is the report.
 */
@ApplicationScoped
public class Imports {
    /** A run that has been on the instrument. */
    private static final Set<SequencingStatus> SEQUENCED =
            EnumSet.of(SequencingStatus.RUNNING, SequencingStatus.COMPLETED, SequencingStatus.FAILED);

    @Inject
    RunRepository runs;

    @Inject
    SheetRepository sheets;

    @Inject
    ImportRepository imports;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    SequencingEvents events;

    public record Summary(UUID runId, List<LaneSummary> lanes, String importedBy, Instant importedAt) {}

    /**
     * The report: each library's reads against its share, and the unknown barcodes that are known
     * indexes. {@code libraryBySampleId} is keyed {@code <lane>/<Sample_ID>}.
     */
    public record Demultiplexing(
            UUID runId,
            int sheetVersion,
            List<DemultiplexReports.LibraryYield> yields,
            Map<String, UUID> libraryBySampleId,
            List<DemultiplexReports.UnknownBarcode> unknown,
            Map<DemultiplexReports.UnknownBarcode, DemultiplexReports.NamedUnknown> named,
            String importedBy,
            Instant importedAt) {}

    @Transactional
    public Summary importSummary(UUID runId, List<LaneSummary> lanes, String actor) {
        Run run = sequenced(runId);
        lanes.forEach(lane -> run.platform().checkLane(lane.lane()));
        if (lanes.stream().map(LaneSummary::lane).distinct().count() != lanes.size()) {
            throw RuleViolation.unprocessable("SQ-PLATFORMS", "Give each lane's summary once");
        }
        Instant now = Instant.now();
        imports.insertSummary(runId, lanes, actor, now);
        return new Summary(runId, lanes, actor, now);
    }

    @Transactional
    public Summary summary(UUID runId) {
        find(runId);
        ImportRepository.Summary latest =
                imports.latestSummary(runId).orElseThrow(() -> ProblemException.notFound("Run summary of run", runId));
        return new Summary(runId, latest.lanes(), latest.importedBy(), latest.importedAt());
    }

    @Transactional
    public Demultiplexing importDemultiplexing(
            UUID runId, String demultiplexStats, String topUnknownBarcodes, String actor) {
        Run run = sequenced(runId);
        StoredSheet sheet = sheets.latest(runId)
                .orElseThrow(() -> RuleViolation.conflict(
                        "SS-3", "The run has no sample sheet, so its demultiplexing cannot be matched to libraries"));
        ImportRepository.Demultiplexing files = new ImportRepository.Demultiplexing(
                sheet.version(), demultiplexStats, topUnknownBarcodes, actor, Instant.now());
        Demultiplexing report = report(run, files);
        imports.insertDemultiplexing(runId, files);
        events.demultiplexingImported(
                new SequencingEvents.DemultiplexingImported(
                        runId,
                        sheet.version(),
                        report.yields().stream()
                                .mapToLong(DemultiplexReports.LibraryYield::reads)
                                .sum(),
                        (int) report.yields().stream()
                                .filter(DemultiplexReports.LibraryYield::underHalf)
                                .count(),
                        report.named().size()),
                actor);
        return report;
    }

    @Transactional
    public Demultiplexing demultiplexing(UUID runId) {
        Run run = find(runId);
        return report(
                run,
                imports.latestDemultiplexing(runId)
                        .orElseThrow(() -> ProblemException.notFound("Demultiplexing of run", runId)));
    }

    /** Worked out from the files as imported, so a stored import always reads the same. */
    private Demultiplexing report(Run run, ImportRepository.Demultiplexing files) {
        List<DemultiplexReports.DemuxStat> stats = DemultiplexReports.parseDemultiplexStats(files.demultiplexStats());
        Map<String, UUID> libraryBySampleId = new HashMap<>();
        List<DemultiplexReports.ExpectedShare> expected = new ArrayList<>();
        for (Lane lane : run.lanes()) {
            for (PooledLibrary pooled : lane.libraries()) {
                libraryBySampleId.put(
                        lane.lane() + "/" + pooled.library().name(),
                        pooled.library().id());
                expected.add(new DemultiplexReports.ExpectedShare(
                        lane.lane(), pooled.library().name(), pooled.shareFraction()));
            }
        }
        boolean oneLanePool = !run.platform().independentLanes();
        for (DemultiplexReports.DemuxStat stat : stats) {
            int lane = oneLanePool ? 1 : stat.lane();
            if (!stat.undetermined() && !libraryBySampleId.containsKey(lane + "/" + stat.sampleId())) {
                throw RuleViolation.unprocessable(
                        "SS-1",
                        "Demultiplex_Stats.csv names Sample_ID " + stat.sampleId() + " in lane " + stat.lane()
                                + ", which is not in the run's sample sheet " + files.sheetVersion()
                                + "; import the files BCL Convert made from that sheet");
            }
        }
        if (oneLanePool) {
            // One pool fills every lane: the lanes' rows are one lane's worth of shares.
            stats = stats.stream()
                    .map(stat -> new DemultiplexReports.DemuxStat(
                            1, stat.sampleId(), stat.index(), stat.reads(), stat.perfectIndexReads()))
                    .toList();
        }
        List<DemultiplexReports.UnknownBarcode> unknown =
                files.topUnknownBarcodes() == null || files.topUnknownBarcodes().isBlank()
                        ? List.of()
                        : DemultiplexReports.parseTopUnknownBarcodes(files.topUnknownBarcodes());
        Map<DemultiplexReports.UnknownBarcode, DemultiplexReports.NamedUnknown> named = new HashMap<>();
        DemultiplexReports.nameUnknowns(run.platform(), unknown, CatalogueKit.nameable(catalogue.kits()))
                .forEach(found -> named.putIfAbsent(found.barcode(), found));
        return new Demultiplexing(
                run.id(),
                files.sheetVersion(),
                DemultiplexReports.yields(stats, expected),
                libraryBySampleId,
                unknown,
                named,
                files.importedBy(),
                files.importedAt());
    }

    private Run find(UUID runId) {
        return runs.find(runId).orElseThrow(() -> ProblemException.notFound("Run", runId));
    }

    private Run sequenced(UUID runId) {
        Run run = find(runId);
        if (!SEQUENCED.contains(run.status())) {
            throw RuleViolation.conflict(
                    "SQ-STATUS",
                    "The run is " + run.status().wireName() + "; its results are imported once it has been running");
        }
        return run;
    }
}
