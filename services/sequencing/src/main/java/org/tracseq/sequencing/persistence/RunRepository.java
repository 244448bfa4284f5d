package org.tracseq.sequencing.persistence;

import static org.tracseq.platform.persistence.NativeValues.instant;
import static org.tracseq.platform.persistence.NativeValues.integer;
import static org.tracseq.platform.persistence.NativeValues.text;
import static org.tracseq.platform.persistence.NativeValues.utc;
import static org.tracseq.platform.persistence.NativeValues.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.platform.persistence.NativeValues;
import org.tracseq.sequencing.domain.Lane;
import org.tracseq.sequencing.domain.MismatchPolicy;
import org.tracseq.sequencing.domain.Platform;
import org.tracseq.sequencing.domain.Pool;
import org.tracseq.sequencing.domain.PooledLibrary;
import org.tracseq.sequencing.domain.ReadStructure;
import org.tracseq.sequencing.domain.Run;
import org.tracseq.sequencing.domain.RunPriority;
import org.tracseq.sequencing.domain.RunQc;
import org.tracseq.sequencing.domain.SequencingStatus;

/**
 * Runs, their lanes (fixed at creation, append-only) and every status move ({@code run_history},
 * append-only). The instrument's queue is a query: its running runs, then its queued ones by
 * priority and time queued.
 */
@ApplicationScoped
public class RunRepository {
    private static final String COLUMNS = "id, name, instrument_id, platform, read_structure, priority, flow_cell_id, "
            + "mismatches_index1, mismatches_index2, status, status_changed_at, created_by, created_at";

    @PersistenceContext(unitName = "sequencing")
    EntityManager em;

    @Inject
    PoolRepository pools;

    public void insert(Run run) {
        em.createNativeQuery("INSERT INTO runs (" + COLUMNS + ") VALUES "
                        + "(?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS text), ?8, ?9, ?10, ?11, ?12, ?13)")
                .setParameter(1, run.id())
                .setParameter(2, run.name())
                .setParameter(3, run.instrumentId())
                .setParameter(4, run.platform().name())
                .setParameter(5, run.reads().toString())
                .setParameter(6, run.priority().ordinal())
                .setParameter(7, run.flowCellId())
                .setParameter(8, run.mismatches().index1())
                .setParameter(9, run.mismatches().index2())
                .setParameter(10, run.status().wireName())
                .setParameter(11, utc(run.statusChangedAt()))
                .setParameter(12, run.createdBy())
                .setParameter(13, utc(run.createdAt()))
                .executeUpdate();
        for (Lane lane : run.lanes()) {
            em.createNativeQuery("INSERT INTO run_lanes (run_id, lane, pool_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, run.id())
                    .setParameter(2, lane.lane())
                    .setParameter(3, lane.poolId())
                    .executeUpdate();
        }
        history(run.id(), null, run.status(), null, run.createdBy(), run.createdAt());
    }

    public Optional<Run> find(UUID id) {
        return one("SELECT " + COLUMNS + " FROM runs WHERE id = ?1", id);
    }

    /** The run, locked until the transaction ends, so its moves happen one at a time. */
    public Optional<Run> lock(UUID id) {
        return one("SELECT " + COLUMNS + " FROM runs WHERE id = ?1 FOR UPDATE", id);
    }

    public void move(Run run, SequencingStatus to, String flowCellId, String reason, String actor, Instant at) {
        em.createNativeQuery("UPDATE runs SET status = ?1, flow_cell_id = CAST(?2 AS text), status_changed_at = ?3 "
                        + "WHERE id = ?4")
                .setParameter(1, to.wireName())
                .setParameter(2, flowCellId)
                .setParameter(3, utc(at))
                .setParameter(4, run.id())
                .executeUpdate();
        history(run.id(), run.status(), to, reason, actor, at);
    }

    /** A QC-4 override of a failed pool, recorded with the move it allowed (append-only). */
    public void qcOverridden(RunQc.Override override) {
        em.createNativeQuery("INSERT INTO run_qc_overrides (run_id, to_status, failed_pools, reason, overridden_by, "
                        + "overridden_at) VALUES (?1, ?2, CAST(?3 AS jsonb), ?4, ?5, ?6)")
                .setParameter(1, override.runId())
                .setParameter(2, override.to().wireName())
                .setParameter(3, JsonColumns.strings(override.failedPools()))
                .setParameter(4, override.reason())
                .setParameter(5, override.by())
                .setParameter(6, utc(override.at()))
                .executeUpdate();
    }

    /** How many runs are {@code running} on the instrument. */
    public int runningOn(UUID instrumentId) {
        return ((Number) em.createNativeQuery(
                                "SELECT count(*) FROM runs WHERE instrument_id = ?1 AND status = 'running'")
                        .setParameter(1, instrumentId)
                        .getSingleResult())
                .intValue();
    }

    /** The instrument's runs in {@code status}: highest priority first, then the longest in that status. */
    public List<Run> onInstrument(UUID instrumentId, SequencingStatus status) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM runs WHERE instrument_id = ?1 "
                        + "AND status = ?2 ORDER BY priority DESC, status_changed_at, id LIMIT 500")
                .setParameter(1, instrumentId)
                .setParameter(2, status.wireName())
                .getResultList();
        return withLanes(rows);
    }

    private void history(
            UUID runId, SequencingStatus from, SequencingStatus to, String reason, String actor, Instant at) {
        em.createNativeQuery("INSERT INTO run_history (run_id, from_status, to_status, reason, changed_by, changed_at) "
                        + "VALUES (?1, CAST(?2 AS text), ?3, CAST(?4 AS text), ?5, ?6)")
                .setParameter(1, runId)
                .setParameter(2, from == null ? null : from.wireName())
                .setParameter(3, to.wireName())
                .setParameter(4, reason)
                .setParameter(5, actor)
                .setParameter(6, utc(at))
                .executeUpdate();
    }

    private Optional<Run> one(String sql, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return withLanes(rows).stream().findFirst();
    }

    /**
     * The runs with their lanes, each lane's pooled libraries and the runs' QC-4 overrides, in four
     * statements whatever the count.
     */
    private List<Run> withLanes(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(row -> uuid(row[0])).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> laneRows = em.createNativeQuery("SELECT run_id, lane, pool_id FROM run_lanes "
                        + "WHERE run_id = ANY(CAST(?1 AS uuid[])) ORDER BY run_id, lane")
                .setParameter(1, NativeValues.array(ids))
                .getResultList();
        Map<UUID, Pool> poolsById = pools.byIds(
                laneRows.stream().map(row -> uuid(row[2])).distinct().toList());
        Map<UUID, List<Lane>> lanes = new HashMap<>();
        for (Object[] row : laneRows) {
            Pool pool = poolsById.get(uuid(row[2]));
            List<PooledLibrary> libraries = pool == null ? List.of() : pool.libraries();
            lanes.computeIfAbsent(uuid(row[0]), run -> new ArrayList<>())
                    .add(new Lane(integer(row[1]), uuid(row[2]), libraries));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> overrideRows = em.createNativeQuery(
                        "SELECT run_id, to_status, failed_pools, reason, overridden_by, overridden_at "
                                + "FROM run_qc_overrides WHERE run_id = ANY(CAST(?1 AS uuid[])) ORDER BY overridden_at")
                .setParameter(1, NativeValues.array(ids))
                .getResultList();
        Map<UUID, List<RunQc.Override>> overrides = new HashMap<>();
        for (Object[] row : overrideRows) {
            overrides
                    .computeIfAbsent(uuid(row[0]), run -> new ArrayList<>())
                    .add(new RunQc.Override(
                            uuid(row[0]),
                            SequencingStatus.fromWire(text(row[1])),
                            JsonColumns.strings(row[2]),
                            text(row[3]),
                            text(row[4]),
                            instant(row[5])));
        }
        return rows.stream()
                .map(row -> new Run(
                        uuid(row[0]),
                        text(row[1]),
                        uuid(row[2]),
                        Platform.valueOf(text(row[3])),
                        ReadStructure.parse(text(row[4])),
                        RunPriority.values()[integer(row[5])],
                        text(row[6]),
                        new MismatchPolicy(integer(row[7]), integer(row[8])),
                        SequencingStatus.fromWire(text(row[9])),
                        instant(row[10]),
                        text(row[11]),
                        instant(row[12]),
                        lanes.getOrDefault(uuid(row[0]), List.of()),
                        overrides.getOrDefault(uuid(row[0]), List.of())))
                .toList();
    }
}
