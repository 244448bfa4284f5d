package org.tracseq.sequencing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.sequencing.client.QaqcDirectory;
import org.tracseq.sequencing.domain.Instrument;
import org.tracseq.sequencing.domain.InstrumentState;
import org.tracseq.sequencing.domain.Lane;
import org.tracseq.sequencing.domain.MismatchPolicy;
import org.tracseq.sequencing.domain.Pool;
import org.tracseq.sequencing.domain.ReadStructure;
import org.tracseq.sequencing.domain.Run;
import org.tracseq.sequencing.domain.RunMoves;
import org.tracseq.sequencing.domain.RunPriority;
import org.tracseq.sequencing.domain.RunQc;
import org.tracseq.sequencing.domain.SequencingStatus;
import org.tracseq.sequencing.persistence.InstrumentRepository;
import org.tracseq.sequencing.persistence.PoolRepository;
import org.tracseq.sequencing.persistence.RunRepository;
import org.tracseq.sequencing.persistence.SheetRepository;

/** Runs: planned on an instrument with a pool per lane, then moved along SQ-STATUS. */
@ApplicationScoped
public class Runs {
    @Inject
    RunRepository runs;

    @Inject
    InstrumentRepository instruments;

    @Inject
    PoolRepository pools;

    @Inject
    SheetRepository sheets;

    @Inject
    SequencingEvents events;

    @Inject
    QaqcDirectory qc;

    /** What a new run is made of; {@code lanes} maps lane number to pool. */
    public record Plan(
            String name,
            UUID instrumentId,
            String readStructure,
            RunPriority priority,
            String flowCellId,
            MismatchPolicy mismatches,
            Map<Integer, UUID> lanes) {}

    @Transactional
    public Run create(Plan plan, String actor) {
        Instrument instrument = instruments
                .find(plan.instrumentId())
                .orElseThrow(() -> ProblemException.notFound("Instrument", plan.instrumentId()));
        if (instrument.state() == InstrumentState.RETIRED) {
            throw RuleViolation.conflict(
                    "SQ-STATUS", "Instrument " + instrument.name() + " is retired; plan the run on another instrument");
        }
        ReadStructure reads = ReadStructure.parse(plan.readStructure());
        reads.checkFits(instrument.platform());
        if (!instrument.platform().independentLanes() && !plan.lanes().keySet().equals(java.util.Set.of(1))) {
            throw RuleViolation.unprocessable(
                    "SQ-PLATFORMS",
                    "A " + instrument.platform().displayName()
                            + " loads one pool into every lane; give it as lane 1 only");
        }
        plan.lanes().keySet().forEach(instrument.platform()::checkLane);
        Map<UUID, Pool> found = pools.byIds(plan.lanes().values());
        List<Lane> lanes = new ArrayList<>();
        plan.lanes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(lane -> {
            Pool pool = found.get(lane.getValue());
            if (pool == null) {
                throw ProblemException.notFound("Pool", lane.getValue());
            }
            lanes.add(new Lane(lane.getKey(), pool.id(), pool.libraries()));
        });
        Instant now = Instant.now();
        Run run = new Run(
                UUID.randomUUID(),
                plan.name(),
                instrument.id(),
                instrument.platform(),
                reads,
                plan.priority(),
                plan.flowCellId(),
                plan.mismatches(),
                SequencingStatus.initial(),
                now,
                actor,
                now,
                lanes,
                List.of());
        runs.insert(run);
        events.runCreated(run, run.sourceSamples());
        return run;
    }

    /**
     * A move asked for: where to, the flow cell (for {@code running}), why, and a QC-4 override of
     * a failed pool ({@code qcOverrideReason}) with whether the mover may give one.
     */
    public record Move(
            SequencingStatus to, String flowCellId, String reason, String qcOverrideReason, boolean mayOverride) {}

    /**
     * One move along SQ-STATUS. The move to {@code queued} first reads the lanes' pools' own QC
     * from qaqc (QC-4, {@link RunQc}), before anything is locked. The instrument is locked before
     * the run when the run would start, so two runs never both take the instrument's last free
     * place.
     */
    @Transactional
    public Run move(UUID id, Move move, String actor) {
        SequencingStatus to = move.to();
        String flowCellId = move.flowCellId();
        String reason = move.reason();
        Run peek = find(id);
        List<RunQc.PoolStanding> poolQc = RunQc.checked(to) ? poolQc(peek) : List.of();
        boolean overridden = RunQc.check(to, poolQc, move.qcOverrideReason(), move.mayOverride());
        Instrument instrument = to == SequencingStatus.RUNNING
                ? instruments.lock(peek.instrumentId()).orElseThrow()
                : instruments.find(peek.instrumentId()).orElseThrow();
        Run run = runs.lock(id).orElseThrow(() -> ProblemException.notFound("Run", id));
        String flowCell = flowCellId != null ? flowCellId : run.flowCellId();
        RunMoves.Facts facts = new RunMoves.Facts(
                sheets.latest(id).isPresent(),
                flowCell,
                instrument.state(),
                to == SequencingStatus.RUNNING ? runs.runningOn(instrument.id()) : 0,
                instrument.capacity());
        SequencingStatus next = RunMoves.move(run.status(), to, facts);
        Instant now = Instant.now();
        runs.move(run, next, flowCell, reason, actor, now);
        List<RunQc.Override> overrides = run.qcOverrides();
        if (overridden) {
            RunQc.Override override =
                    new RunQc.Override(id, next, RunQc.failed(poolQc), move.qcOverrideReason(), actor, now);
            runs.qcOverridden(override);
            overrides = Stream.concat(overrides.stream(), Stream.of(override)).toList();
        }
        events.statusChanged(run, next, flowCell, reason, run.sourceSamples(), actor);
        return new Run(
                run.id(),
                run.name(),
                run.instrumentId(),
                run.platform(),
                run.reads(),
                run.priority(),
                flowCell,
                run.mismatches(),
                next,
                now,
                run.createdBy(),
                run.createdAt(),
                run.lanes(),
                overrides);
    }

    /** Each lane's pool's own QC (QC-4) from qaqc, by pool name; 503 while qaqc cannot answer. */
    private List<RunQc.PoolStanding> poolQc(Run run) {
        List<UUID> poolIds = run.lanes().stream().map(Lane::poolId).distinct().toList();
        Map<UUID, RunQc.PoolStanding> standings = qc.pools(poolIds);
        Map<UUID, Pool> named = pools.byIds(poolIds);
        return poolIds.stream()
                .map(poolId -> new RunQc.PoolStanding(
                        named.get(poolId).name(),
                        standings.get(poolId).standing(),
                        standings.get(poolId).reasons()))
                .toList();
    }

    /**
     * Each lane's pool's own QC standing (QC-4) for the lane check, by pool id; empty while qaqc
     * cannot answer (the check is a report, never a refusal).
     */
    public Optional<Map<UUID, RunQc.PoolStanding>> poolQcShown(Run run) {
        return qc.poolsIfAnswered(
                run.lanes().stream().map(Lane::poolId).distinct().toList());
    }

    @Transactional
    public Run find(UUID id) {
        return runs.find(id).orElseThrow(() -> ProblemException.notFound("Run", id));
    }
}
