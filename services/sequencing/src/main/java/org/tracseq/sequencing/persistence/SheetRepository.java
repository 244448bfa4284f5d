package org.tracseq.sequencing.persistence;

import static org.tracseq.platform.persistence.NativeValues.bool;
import static org.tracseq.platform.persistence.NativeValues.instant;
import static org.tracseq.platform.persistence.NativeValues.integer;
import static org.tracseq.platform.persistence.NativeValues.text;
import static org.tracseq.platform.persistence.NativeValues.utc;
import static org.tracseq.platform.persistence.NativeValues.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.sequencing.domain.SampleSheetVersion;
import org.tracseq.sequencing.domain.StoredSheet;

/** Generated sample sheets (SS-3): stored once, never changed, numbered per run. */
@ApplicationScoped
public class SheetRepository {
    private static final String COLUMNS = "run_id, version, sheet_version, content, inputs_hash, generator_version, "
            + "lanes_passed, override_reason, created_by, created_at";

    @PersistenceContext(unitName = "sequencing")
    EntityManager em;

    /** The sheet already made from these inputs by this generator, if any. */
    public Optional<StoredSheet> sameInputs(UUID runId, String inputsHash, String generatorVersion) {
        return list(
                        "SELECT " + COLUMNS + " FROM sample_sheets WHERE run_id = ?1 AND inputs_hash = ?2 "
                                + "AND generator_version = ?3",
                        runId,
                        inputsHash,
                        generatorVersion)
                .stream()
                .findFirst();
    }

    /** The next number (the run is locked by the caller, so two sheets never get the same one). */
    public int nextVersion(UUID runId) {
        return ((Number) em.createNativeQuery(
                                "SELECT COALESCE(max(version), 0) + 1 FROM sample_sheets WHERE run_id = ?1")
                        .setParameter(1, runId)
                        .getSingleResult())
                .intValue();
    }

    public void insert(StoredSheet sheet) {
        em.createNativeQuery("INSERT INTO sample_sheets (" + COLUMNS + ") VALUES "
                        + "(?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS text), ?9, ?10)")
                .setParameter(1, sheet.runId())
                .setParameter(2, sheet.version())
                .setParameter(3, sheet.sheetVersion().name().toLowerCase(Locale.ROOT))
                .setParameter(4, sheet.content())
                .setParameter(5, sheet.inputsHash())
                .setParameter(6, sheet.generatorVersion())
                .setParameter(7, sheet.lanesPassed())
                .setParameter(8, sheet.overrideReason())
                .setParameter(9, sheet.createdBy())
                .setParameter(10, utc(sheet.createdAt()))
                .executeUpdate();
    }

    /** Newest first. */
    public List<StoredSheet> ofRun(UUID runId) {
        return list("SELECT " + COLUMNS + " FROM sample_sheets WHERE run_id = ?1 ORDER BY version DESC", runId);
    }

    public Optional<StoredSheet> find(UUID runId, int version) {
        return list("SELECT " + COLUMNS + " FROM sample_sheets WHERE run_id = ?1 AND version = ?2", runId, version)
                .stream()
                .findFirst();
    }

    public Optional<StoredSheet> latest(UUID runId) {
        return ofRun(runId).stream().findFirst();
    }

    private List<StoredSheet> list(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new StoredSheet(
                        uuid(row[0]),
                        integer(row[1]),
                        SampleSheetVersion.valueOf(text(row[2]).toUpperCase(Locale.ROOT)),
                        text(row[3]),
                        text(row[4]),
                        text(row[5]),
                        bool(row[6]),
                        text(row[7]),
                        text(row[8]),
                        instant(row[9])))
                .toList();
    }
}
