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

    @PersistenceContext(unitName = "qaqc")
    EntityManager em;

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
        return ((List<Object[]>) rows)
                .stream().map(DefinitionRepository::definition).toList();
    }

    private static MetricDefinition definition(Object[] row) {
        return new MetricDefinition(
                uuid(row[0]),
                text(row[1]),
                text(row[2]),
                ((Number) row[3]).intValue(),
                text(row[4]),
                text(row[5]),
                new Thresholds(
                        decimal(row[6]),
                        NativeValues.bool(row[7]),
                        decimal(row[8]),
                        NativeValues.bool(row[9]),
                        decimal(row[10]),
                        decimal(row[11]),
                        decimal(row[12])),
                ((Number) row[13]).intValue(),
                text(row[14]),
                instant(row[15]),
                text(row[16]));
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
