package org.tracseq.sequencing.persistence;

import static org.tracseq.platform.persistence.NativeValues.instant;
import static org.tracseq.platform.persistence.NativeValues.integer;
import static org.tracseq.platform.persistence.NativeValues.text;
import static org.tracseq.platform.persistence.NativeValues.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.sequencing.domain.LaneSummary;

/**
 * What comes back from the instrument: run summaries and demultiplexing files, each import a new
 * row (append-only); the latest counts.
 */
@ApplicationScoped
public class ImportRepository {
    @PersistenceContext(unitName = "sequencing")
    EntityManager em;

    public record Summary(List<LaneSummary> lanes, String importedBy, Instant importedAt) {}

    /** The files as imported and the sheet version their rows were matched against. */
    public record Demultiplexing(
            int sheetVersion,
            String demultiplexStats,
            String topUnknownBarcodes,
            String importedBy,
            Instant importedAt) {}

    public void insertSummary(UUID runId, List<LaneSummary> lanes, String actor, Instant at) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (LaneSummary lane : lanes) {
            array.add(Json.createObjectBuilder()
                    .add("lane", lane.lane())
                    .add("yieldGb", lane.yieldGb())
                    .add("percentQ30", lane.percentQ30())
                    .add("percentPf", lane.percentPf())
                    .add("clusterDensityKPerMm2", lane.clusterDensityKPerMm2()));
        }
        em.createNativeQuery("INSERT INTO run_summaries (id, run_id, lanes, imported_by, imported_at) "
                        + "VALUES (?1, ?2, CAST(?3 AS jsonb), ?4, ?5)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, runId)
                .setParameter(3, array.build().toString())
                .setParameter(4, actor)
                .setParameter(5, utc(at))
                .executeUpdate();
    }

    public Optional<Summary> latestSummary(UUID runId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT CAST(lanes AS text), imported_by, imported_at FROM run_summaries "
                                + "WHERE run_id = ?1 ORDER BY imported_at DESC, id LIMIT 1")
                .setParameter(1, runId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new Summary(
                        JsonColumns.array(row[0]).stream()
                                .map(value -> {
                                    JsonObject lane = value.asJsonObject();
                                    return new LaneSummary(
                                            lane.getInt("lane"),
                                            number(lane, "yieldGb"),
                                            number(lane, "percentQ30"),
                                            number(lane, "percentPf"),
                                            number(lane, "clusterDensityKPerMm2"));
                                })
                                .toList(),
                        text(row[1]),
                        instant(row[2])));
    }

    public void insertDemultiplexing(UUID runId, Demultiplexing files) {
        em.createNativeQuery(
                        "INSERT INTO demultiplexing_imports (id, run_id, sheet_version, demultiplex_stats, "
                                + "top_unknown_barcodes, imported_by, imported_at) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS text), ?6, ?7)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, runId)
                .setParameter(3, files.sheetVersion())
                .setParameter(4, files.demultiplexStats())
                .setParameter(5, files.topUnknownBarcodes())
                .setParameter(6, files.importedBy())
                .setParameter(7, utc(files.importedAt()))
                .executeUpdate();
    }

    public Optional<Demultiplexing> latestDemultiplexing(UUID runId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT sheet_version, demultiplex_stats, top_unknown_barcodes, "
                        + "imported_by, imported_at FROM demultiplexing_imports WHERE run_id = ?1 "
                        + "ORDER BY imported_at DESC, id LIMIT 1")
                .setParameter(1, runId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row ->
                        new Demultiplexing(integer(row[0]), text(row[1]), text(row[2]), text(row[3]), instant(row[4])));
    }

    private static BigDecimal number(JsonObject object, String key) {
        return object.getJsonNumber(key).bigDecimalValue();
    }
}
