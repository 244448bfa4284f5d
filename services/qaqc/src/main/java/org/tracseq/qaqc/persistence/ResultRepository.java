package org.tracseq.qaqc.persistence;

import static org.tracseq.platform.persistence.NativeValues.instant;
import static org.tracseq.platform.persistence.NativeValues.text;
import static org.tracseq.platform.persistence.NativeValues.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.persistence.NativeValues;
import org.tracseq.platform.persistence.PagedQuery;
import org.tracseq.qaqc.domain.CurrentResult;
import org.tracseq.qaqc.domain.InstrumentFormat;
import org.tracseq.qaqc.domain.Outcome;
import org.tracseq.qaqc.domain.QcResult;
import org.tracseq.qaqc.domain.ResultFilter;
import org.tracseq.qaqc.domain.Subject;
import org.tracseq.qaqc.domain.SubjectKind;
import org.tracseq.qaqc.domain.Verification;

/**
 * Results, their verifications and instrument imports: all append-only. Results are written set
 * based (one statement for a whole instrument file, {@code unnest} over arrays), and a subject's
 * current results are one {@code DISTINCT ON} per set of subjects (QC-4).
 */
@ApplicationScoped
public class ResultRepository {
    private static final String INSERT = "INSERT INTO results (id, subject_kind, subject_id, barcode, metric, value, "
            + "unit, outcome, definition_id, verifications_required, instrument, note, import_id, measured_by, "
            + "measured_at) SELECT * FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS text[]), CAST(?3 AS uuid[]), "
            + "CAST(?4 AS text[]), CAST(?5 AS text[]), CAST(?6 AS numeric[]), CAST(?7 AS text[]), CAST(?8 AS text[]), "
            + "CAST(?9 AS uuid[]), CAST(?10 AS smallint[]), CAST(?11 AS text[]), CAST(?12 AS text[]), "
            + "CAST(?13 AS uuid[]), CAST(?14 AS text[]), CAST(?15 AS timestamptz[]))";

    private static final String SELECT = "SELECT r.id, r.subject_kind, r.subject_id, r.barcode, r.metric, r.value, "
            + "r.unit, r.outcome, r.definition_id, d.version, r.verifications_required, r.instrument, r.note, "
            + "r.import_id, r.measured_by, r.measured_at FROM results r JOIN metric_definitions d ON d.id = r.definition_id ";

    @PersistenceContext(unitName = "qaqc")
    EntityManager em;

    /** Stores new results in one statement, in their order. */
    public void addAll(List<QcResult> results) {
        if (results.isEmpty()) {
            return;
        }
        em.createNativeQuery(INSERT)
                .setParameter(1, column(results, QcResult::id))
                .setParameter(2, column(results, r -> wire(r.subject().kind())))
                .setParameter(3, column(results, r -> r.subject().id()))
                .setParameter(4, column(results, r -> r.subject().barcode()))
                .setParameter(5, column(results, QcResult::metric))
                .setParameter(6, column(results, r -> r.value().toPlainString()))
                .setParameter(7, column(results, QcResult::unit))
                .setParameter(8, column(results, r -> wire(r.outcome())))
                .setParameter(9, column(results, QcResult::definitionId))
                .setParameter(10, column(results, QcResult::verificationsRequired))
                .setParameter(11, column(results, QcResult::instrument))
                .setParameter(12, column(results, QcResult::note))
                .setParameter(13, column(results, QcResult::importId))
                .setParameter(14, column(results, QcResult::measuredBy))
                .setParameter(15, column(results, r -> r.measuredAt().toString()))
                .executeUpdate();
    }

    public void addImport(
            UUID id, InstrumentFormat format, String fileName, String instrument, int rows, String actor, Instant at) {
        em.createNativeQuery("INSERT INTO instrument_imports (id, format, file_name, instrument, rows, imported_by, "
                        + "imported_at) VALUES (?1, ?2, CAST(?3 AS text), CAST(?4 AS text), ?5, ?6, ?7)")
                .setParameter(1, id)
                .setParameter(2, wire(format))
                .setParameter(3, fileName)
                .setParameter(4, instrument)
                .setParameter(5, rows)
                .setParameter(6, actor)
                .setParameter(7, NativeValues.utc(at))
                .executeUpdate();
    }

    public Optional<QcResult> find(UUID id) {
        return withVerifications(
                        rows(em.createNativeQuery(SELECT + "WHERE r.id = ?1").setParameter(1, id)))
                .stream()
                .findFirst();
    }

    /** The result, locked until the transaction ends, so verifications of it queue (QC-3). */
    public Optional<QcResult> lock(UUID id) {
        List<?> locked = em.createNativeQuery("SELECT id FROM results WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id)
                .getResultList();
        return locked.isEmpty() ? Optional.empty() : find(id);
    }

    public void addVerification(UUID resultId, Verification verification) {
        em.createNativeQuery("INSERT INTO verifications (result_id, verified_by, verified_at, note) "
                        + "VALUES (?1, ?2, ?3, CAST(?4 AS text))")
                .setParameter(1, resultId)
                .setParameter(2, verification.verifiedBy())
                .setParameter(3, NativeValues.utc(verification.verifiedAt()))
                .setParameter(4, verification.note())
                .executeUpdate();
    }

    /** Every result of a subject, newest first. */
    public List<QcResult> ofSubject(UUID subjectId) {
        return withVerifications(rows(em.createNativeQuery(SELECT + "WHERE r.subject_id = ?1 ORDER BY r.position DESC")
                .setParameter(1, subjectId)));
    }

    /**
     * The results {@code filter} lets through, newest first, a page at a time. A result awaits
     * verification while it has fewer verifications than it requires (QC-3), whether recorded
     * alone or imported from an instrument file.
     */
    public Page<QcResult> matching(ResultFilter filter, PageRequest request) {
        // Absent filters match everything: the sentinel values keep one statement for all cases.
        String where = "WHERE (?1 OR r.outcome = ANY(CAST(?2 AS text[]))) AND r.measured_at >= ?3 "
                + "AND (NOT ?4 OR (SELECT count(*) FROM verifications v WHERE v.result_id = r.id) "
                + "< r.verifications_required) ";
        String outcomeArray = TextArrays.literal(
                filter.outcomes().stream().map(ResultRepository::wire).toList());
        Object since = NativeValues.utc(filter.measuredFrom() == null ? Instant.EPOCH : filter.measuredFrom());
        Page<QcResult> page = PagedQuery.ofNative(
                em.createNativeQuery(SELECT + where + "ORDER BY r.position DESC")
                        .setParameter(1, filter.outcomes().isEmpty())
                        .setParameter(2, outcomeArray)
                        .setParameter(3, since)
                        .setParameter(4, filter.awaitingVerification()),
                em.createNativeQuery("SELECT count(*) FROM results r " + where)
                        .setParameter(1, filter.outcomes().isEmpty())
                        .setParameter(2, outcomeArray)
                        .setParameter(3, since)
                        .setParameter(4, filter.awaitingVerification()),
                request,
                ResultRepository::result);
        return new Page<>(withVerifications(page.items()), page.page(), page.size(), page.total());
    }

    /** Each subject's latest result per metric (QC-4), for many subjects in one statement. */
    public Map<UUID, List<CurrentResult>> current(Collection<UUID> subjectIds) {
        Map<UUID, List<CurrentResult>> current = new HashMap<>();
        if (subjectIds.isEmpty()) {
            return current;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT ON (r.subject_id, r.metric) r.subject_id, "
                        + "r.metric, r.outcome, (SELECT count(*) FROM verifications v WHERE v.result_id = r.id) "
                        + ">= r.verifications_required FROM results r WHERE r.subject_id = ANY(CAST(?1 AS uuid[])) "
                        + "ORDER BY r.subject_id, r.metric, r.position DESC")
                .setParameter(1, TextArrays.literal(subjectIds))
                .getResultList();
        for (Object[] row : rows) {
            current.computeIfAbsent(uuid(row[0]), id -> new ArrayList<>())
                    .add(new CurrentResult(text(row[1]), outcome(text(row[2])), NativeValues.bool(row[3])));
        }
        return current;
    }

    private List<QcResult> withVerifications(List<QcResult> results) {
        if (results.isEmpty()) {
            return results;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT result_id, verified_by, verified_at, note FROM verifications "
                                + "WHERE result_id = ANY(CAST(?1 AS uuid[])) ORDER BY verified_at")
                .setParameter(
                        1, TextArrays.literal(results.stream().map(QcResult::id).toList()))
                .getResultList();
        Map<UUID, List<Verification>> byResult = new HashMap<>();
        for (Object[] row : rows) {
            byResult.computeIfAbsent(uuid(row[0]), id -> new ArrayList<>())
                    .add(new Verification(text(row[1]), instant(row[2]), text(row[3])));
        }
        return results.stream()
                .map(r -> new QcResult(
                        r.id(),
                        r.subject(),
                        r.metric(),
                        r.value(),
                        r.unit(),
                        r.outcome(),
                        r.definitionId(),
                        r.definitionVersion(),
                        r.verificationsRequired(),
                        r.instrument(),
                        r.note(),
                        r.importId(),
                        r.measuredBy(),
                        r.measuredAt(),
                        byResult.getOrDefault(r.id(), List.of())))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<QcResult> rows(jakarta.persistence.Query query) {
        return ((List<Object[]>) query.getResultList())
                .stream().map(ResultRepository::result).toList();
    }

    private static QcResult result(Object[] row) {
        SubjectKind kind = SubjectKind.valueOf(text(row[1]).toUpperCase(Locale.ROOT));
        return new QcResult(
                uuid(row[0]),
                new Subject(kind, uuid(row[2]), text(row[3]), null, null),
                text(row[4]),
                DefinitionRepository.decimal(row[5]),
                text(row[6]),
                outcome(text(row[7])),
                uuid(row[8]),
                ((Number) row[9]).intValue(),
                ((Number) row[10]).intValue(),
                text(row[11]),
                text(row[12]),
                row[13] == null ? null : uuid(row[13]),
                text(row[14]),
                instant(row[15]),
                List.of());
    }

    private static Outcome outcome(String wire) {
        return Outcome.valueOf(wire.toUpperCase(Locale.ROOT));
    }

    private static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String column(List<QcResult> results, Function<QcResult, Object> value) {
        return TextArrays.literal(results.stream().map(value).toList());
    }
}
