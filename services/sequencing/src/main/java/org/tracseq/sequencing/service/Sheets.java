package org.tracseq.sequencing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.sequencing.domain.CatalogueKit;
import org.tracseq.sequencing.domain.IndexSequence;
import org.tracseq.sequencing.domain.Lane;
import org.tracseq.sequencing.domain.LaneChecks;
import org.tracseq.sequencing.domain.PooledLibrary;
import org.tracseq.sequencing.domain.Run;
import org.tracseq.sequencing.domain.SampleSheetVersion;
import org.tracseq.sequencing.domain.SampleSheets;
import org.tracseq.sequencing.domain.SequencingStatus;
import org.tracseq.sequencing.domain.StoredSheet;
import org.tracseq.sequencing.persistence.CatalogueRepository;
import org.tracseq.sequencing.persistence.RunRepository;
import org.tracseq.sequencing.persistence.SheetRepository;

/**
 * The lane check (IDX-1..3, CB-1) as a report, and sample sheets (SS-1..3): generated only for
 * lanes that pass, or with a recorded override; stored once and never changed; equal inputs give
 * the version already stored.
 */
@ApplicationScoped
public class Sheets {
    /** Once the flow cell is on the instrument its sheet is what it is. */
    private static final Set<SequencingStatus> SHEET_FIXED = EnumSet.of(
            SequencingStatus.RUNNING, SequencingStatus.COMPLETED, SequencingStatus.FAILED, SequencingStatus.CANCELLED);

    @Inject
    RunRepository runs;

    @Inject
    SheetRepository sheets;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    SequencingEvents events;

    /** The run and its lanes' checks. */
    public record Check(Run run, List<LaneChecks.LaneResult> lanes) {
        public boolean passes() {
            return LaneChecks.allPass(lanes);
        }
    }

    @Transactional
    public Check check(UUID runId) {
        Run run = runs.find(runId).orElseThrow(() -> ProblemException.notFound("Run", runId));
        return new Check(run, LaneChecks.check(run, CatalogueKit.suggestable(catalogue.kits())));
    }

    /**
     * The run's sheet. Lanes failing IDX or CB refuse it (the first failing lane's rule) unless
     * {@code overrideReason} is given, which is stored with the sheet.
     */
    @Transactional
    public StoredSheet generate(UUID runId, SampleSheetVersion version, String overrideReason, String actor) {
        Run run = runs.lock(runId).orElseThrow(() -> ProblemException.notFound("Run", runId));
        if (SHEET_FIXED.contains(run.status())) {
            throw RuleViolation.conflict(
                    "SS-3",
                    "The run is " + run.status().wireName()
                            + ", so its sample sheet is fixed; plan a new run to change it");
        }
        List<LaneChecks.LaneResult> lanes = LaneChecks.check(run);
        boolean passes = LaneChecks.allPass(lanes);
        if (!passes && overrideReason == null) {
            lanes.stream()
                    .filter(lane -> !lane.passes())
                    .findFirst()
                    .orElseThrow()
                    .requirePasses();
        }
        SampleSheets.Sheet sheet = SampleSheets.generate(new SampleSheets.Request(
                run.platform(), version, run.name(), run.reads(), run.mismatches(), null, rows(run)));
        Optional<StoredSheet> same = sheets.sameInputs(runId, sheet.inputsHash(), sheet.generatorVersion());
        if (same.isPresent()) {
            return same.get();
        }
        StoredSheet stored = new StoredSheet(
                runId,
                sheets.nextVersion(runId),
                sheet.version(),
                sheet.content(),
                sheet.inputsHash(),
                sheet.generatorVersion(),
                passes,
                passes ? null : overrideReason,
                actor,
                Instant.now());
        sheets.insert(stored);
        events.sheetGenerated(stored);
        return stored;
    }

    @Transactional
    public List<StoredSheet> ofRun(UUID runId) {
        runs.find(runId).orElseThrow(() -> ProblemException.notFound("Run", runId));
        return sheets.ofRun(runId);
    }

    @Transactional
    public StoredSheet find(UUID runId, int version) {
        return sheets.find(runId, version)
                .orElseThrow(() -> ProblemException.notFound("Sample sheet " + version + " of run", runId));
    }

    /** One row per library and lane; its Sample_ID is the library's name (SS-2 checks it). */
    private static List<SampleSheets.Row> rows(Run run) {
        List<SampleSheets.Row> rows = new ArrayList<>();
        for (Lane lane : run.lanes()) {
            for (PooledLibrary pooled : lane.libraries()) {
                rows.add(new SampleSheets.Row(
                        lane.lane(),
                        pooled.library().name(),
                        IndexSequence.ofNullable(pooled.library().i7()),
                        IndexSequence.ofNullable(pooled.library().i5())));
            }
        }
        return rows;
    }
}
