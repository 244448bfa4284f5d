package org.tracseq.qaqc.persistence;

import static org.tracseq.platform.persistence.NativeValues.instant;
import static org.tracseq.platform.persistence.NativeValues.text;
import static org.tracseq.platform.persistence.NativeValues.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tracseq.platform.persistence.NativeValues;
import org.tracseq.platform.persistence.Queries;
import org.tracseq.qaqc.domain.MetricDefinition;
import org.tracseq.qaqc.domain.Subject;
import org.tracseq.qaqc.domain.Thresholds;

/**
 * Metric definitions (QC-1): rows are versions, the current one of a metric and subject is its
 * highest. Appending a version takes a transaction-scoped lock on the pair, so two administrators'
 * changes become consecutive versions (the unique key backs it up).
 */
@ApplicationScoped
public class DefinitionRepository {
    private static final String COLUMNS = "id, metric, applies_to, version, unit, label, pass_min, pass_min_inclusive, "
            + "pass_max, pass_max_inclusive, warn_shoulder, panic_below, panic_above, verifications_required, reason, "
            + "created_at, created_by";
    private static final String CURRENT = "SELECT DISTINCT ON (metric, applies_to) " + COLUMNS
            + " FROM metric_definitions WHERE %s ORDER BY metric, applies_to, version DESC";

    /**
     * The subject the projections know under a barcode (a library tube before a sample), joined to
     * the current definition of a metric for it: a single record's two lookups in one statement.
     */
    private static final String SUBJECT_AND_DEFINITION =
            "SELECT s.kind, s.id, s.barcode, s.sample_id, s.applies_to, d.* "
                    + "FROM (SELECT 'library' AS kind, id, barcode, sample_id, 'library' AS applies_to FROM known_libraries "
                    + "WHERE barcode = ?1 UNION ALL SELECT 'sample', id, barcode, NULL, type FROM known_samples "
                    + "WHERE barcode = ?1 AND type IS NOT NULL ORDER BY 1 LIMIT 1) s LEFT JOIN LATERAL (SELECT "
                    + COLUMNS
                    + " FROM metric_definitions WHERE metric = ?2 AND applies_to = s.applies_to ORDER BY version DESC LIMIT 1) d "
                    + "ON true";

    /** A subject and the current definition of a metric for it, when there is one. */
    public record Applicable(Subject subject, Optional<MetricDefinition> definition) {}

    @PersistenceContext(unitName = "qaqc")
    EntityManager em;

    /** The known subject of {@code barcode} with the current definition of {@code metric} for it; empty when unknown here. */
    public Optional<Applicable> forBarcode(String barcode, String metric) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SUBJECT_AND_DEFINITION)
                .setParameter(1, barcode)
                .setParameter(2, metric)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Subject subject = "library".equals(text(row[0]))
                    ? Subject.library(uuid(row[1]), text(row[2]), uuid(row[3]))
                    : Subject.sample(uuid(row[1]), text(row[2]), text(row[4]));
            return new Applicable(subject, Optional.ofNullable(row[5]).map(id -> definition(row, 5)));
        });
    }

    /** The current version of every definition ({@code metric} alone when given). */
    public List<MetricDefinition> current(Optional<String> metric) {
        if (metric.isEmpty()) {
            return definitions(em.createNativeQuery(CURRENT.formatted("true")).getResultList());
        }
        return definitions(em.createNativeQuery(CURRENT.formatted("metric = ?1"))
                .setParameter(1, metric.get())
                .getResultList());
    }

    /** The current versions of the definitions for any of {@code appliesTo}. */
    public List<MetricDefinition> currentFor(Collection<String> appliesTo) {
        return definitions(em.createNativeQuery(CURRENT.formatted("applies_to = ANY(CAST(?1 AS text[]))"))
                .setParameter(1, TextArrays.literal(appliesTo))
                .getResultList());
    }

    public Optional<MetricDefinition> current(String metric, String appliesTo) {
        return definitions(em.createNativeQuery(CURRENT.formatted("metric = ?1 AND applies_to = ?2"))
                        .setParameter(1, metric)
                        .setParameter(2, appliesTo)
                        .getResultList())
                .stream()
                .findFirst();
    }

    /** Every version of one definition, newest first. */
    public List<MetricDefinition> versions(String metric, String appliesTo) {
        return definitions(em.createNativeQuery("SELECT " + COLUMNS
                        + " FROM metric_definitions WHERE metric = ?1 AND applies_to = ?2 ORDER BY version DESC")
                .setParameter(1, metric)
                .setParameter(2, appliesTo)
                .getResultList());
    }

    /** Serialises changes of one definition until the transaction ends. */
    public void lock(String metric, String appliesTo) {
        Queries.advisoryLock(em, "qaqc.definition:" + metric + ":" + appliesTo);
    }

    public void add(MetricDefinition definition) {
        Thresholds t = definition.thresholds();
        em.createNativeQuery(
                        "INSERT INTO metric_definitions (" + COLUMNS
                                + ") VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS text), CAST(?7 AS numeric), ?8, CAST(?9 AS numeric), ?10,"
                                + " CAST(?11 AS numeric), CAST(?12 AS numeric), CAST(?13 AS numeric), ?14, CAST(?15 AS text), ?16, ?17)")
                .setParameter(1, definition.id())
                .setParameter(2, definition.metric())
                .setParameter(3, definition.appliesTo())
                .setParameter(4, definition.version())
                .setParameter(5, definition.unit())
                .setParameter(6, definition.label())
                .setParameter(7, t.passMin())
                .setParameter(8, t.passMinInclusive())
                .setParameter(9, t.passMax())
                .setParameter(10, t.passMaxInclusive())
                .setParameter(11, t.warnShoulder())
                .setParameter(12, t.panicBelow())
                .setParameter(13, t.panicAbove())
                .setParameter(14, definition.verificationsRequired())
                .setParameter(15, definition.reason())
                .setParameter(16, NativeValues.utc(definition.createdAt()))
                .setParameter(17, definition.createdBy())
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static List<MetricDefinition> definitions(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(row -> definition(row, 0)).toList();
    }

    /** The definition in {@code row}'s columns from {@code at} on, in the order of {@link #COLUMNS}. */
    private static MetricDefinition definition(Object[] row, int at) {
        return new MetricDefinition(
                uuid(row[at]),
                text(row[at + 1]),
                text(row[at + 2]),
                ((Number) row[at + 3]).intValue(),
                text(row[at + 4]),
                text(row[at + 5]),
                new Thresholds(
                        decimal(row[at + 6]),
                        NativeValues.bool(row[at + 7]),
                        decimal(row[at + 8]),
                        NativeValues.bool(row[at + 9]),
                        decimal(row[at + 10]),
                        decimal(row[at + 11]),
                        decimal(row[at + 12])),
                ((Number) row[at + 13]).intValue(),
                text(row[at + 14]),
                instant(row[at + 15]),
                text(row[at + 16]));
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
