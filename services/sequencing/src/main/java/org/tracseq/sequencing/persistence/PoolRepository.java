package org.tracseq.sequencing.persistence;

import static org.tracseq.platform.persistence.NativeValues.instant;
import static org.tracseq.platform.persistence.NativeValues.text;
import static org.tracseq.platform.persistence.NativeValues.utc;
import static org.tracseq.platform.persistence.NativeValues.uuid;
import static org.tracseq.sequencing.persistence.LibraryRepository.decimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.platform.persistence.NativeValues;
import org.tracseq.sequencing.domain.Pool;
import org.tracseq.sequencing.domain.PoolQc;
import org.tracseq.sequencing.domain.PooledLibrary;

/** Pools and their libraries; both append-only (a different mix is a new pool). */
@ApplicationScoped
public class PoolRepository {
    @PersistenceContext(unitName = "sequencing")
    EntityManager em;

    public void insert(Pool pool) {
        em.createNativeQuery("INSERT INTO pools (id, name, target_molarity_nm, target_volume_ul, buffer_ul, "
                        + "qc_override_reason, qc_override_by, created_by, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS text), CAST(?7 AS text), ?8, ?9)")
                .setParameter(1, pool.id())
                .setParameter(2, pool.name())
                .setParameter(3, pool.targetMolarityNm())
                .setParameter(4, pool.targetVolumeUl())
                .setParameter(5, pool.bufferUl())
                .setParameter(6, pool.overrideReason())
                .setParameter(7, pool.overrideBy())
                .setParameter(8, pool.createdBy())
                .setParameter(9, utc(pool.createdAt()))
                .executeUpdate();
        int position = 0;
        for (PooledLibrary pooled : pool.libraries()) {
            em.createNativeQuery(
                            "INSERT INTO pool_libraries (pool_id, library_id, position, share, share_fraction, "
                                    + "volume_ul, molarity_nm, qc, qc_reasons) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CAST(?9 AS jsonb))")
                    .setParameter(1, pool.id())
                    .setParameter(2, pooled.library().id())
                    .setParameter(3, position++)
                    .setParameter(4, pooled.share())
                    .setParameter(5, pooled.shareFraction())
                    .setParameter(6, pooled.volumeUl())
                    .setParameter(7, pooled.molarityNm())
                    .setParameter(8, pooled.qc().wireName())
                    .setParameter(9, JsonColumns.strings(pooled.qcReasons()))
                    .executeUpdate();
        }
    }

    public Optional<Pool> find(UUID id) {
        return byIds(List.of(id)).values().stream().findFirst();
    }

    /** The pools among {@code ids} that exist, each with its libraries in the order they were given. */
    public Map<UUID, Pool> byIds(Collection<UUID> ids) {
        Map<UUID, Pool> pools = new HashMap<>();
        if (ids.isEmpty()) {
            return pools;
        }
        String array = NativeValues.array(ids);
        @SuppressWarnings("unchecked")
        List<Object[]> poolRows = em.createNativeQuery(
                        "SELECT id, name, target_molarity_nm, target_volume_ul, buffer_ul, "
                                + "qc_override_reason, qc_override_by, created_by, created_at FROM pools "
                                + "WHERE id = ANY(CAST(?1 AS uuid[]))")
                .setParameter(1, array)
                .getResultList();
        Map<UUID, List<PooledLibrary>> members = members(array);
        for (Object[] row : poolRows) {
            UUID id = uuid(row[0]);
            pools.put(
                    id,
                    new Pool(
                            id,
                            text(row[1]),
                            decimal(row[2]),
                            decimal(row[3]),
                            decimal(row[4]),
                            members.getOrDefault(id, List.of()),
                            text(row[5]),
                            text(row[6]),
                            text(row[7]),
                            instant(row[8])));
        }
        return pools;
    }

    private Map<UUID, List<PooledLibrary>> members(String poolIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.pool_id, p.share, p.share_fraction, p.volume_ul, "
                        + "p.molarity_nm, p.qc, CAST(p.qc_reasons AS text), " + LibraryRepository.COLUMNS
                        + " FROM pool_libraries p JOIN known_libraries l ON l.id = p.library_id "
                        + "WHERE p.pool_id = ANY(CAST(?1 AS uuid[])) ORDER BY p.pool_id, p.position")
                .setParameter(1, poolIds)
                .getResultList();
        Map<UUID, List<PooledLibrary>> members = new HashMap<>();
        for (Object[] row : rows) {
            members.computeIfAbsent(uuid(row[0]), pool -> new ArrayList<>())
                    .add(new PooledLibrary(
                            LibraryRepository.library(Arrays.copyOfRange(row, 7, row.length)),
                            decimal(row[1]),
                            decimal(row[2]),
                            decimal(row[3]),
                            decimal(row[4]),
                            PoolQc.Standing.fromWire(text(row[5])),
                            JsonColumns.strings(row[6])));
        }
        return members;
    }
}
