package org.tracseq.qaqc.persistence;

import static org.tracseq.platform.persistence.NativeValues.text;
import static org.tracseq.platform.persistence.NativeValues.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.qaqc.domain.Subject;

/**
 * The projections of samples, libraries and pools this service keeps from other services' events
 * ({@code known_samples}, {@code known_libraries}, {@code known_pools}), so a barcode or a library's sample is found
 * without a call. Each row remembers the aggregate version it last applied: an event older than
 * that (a retried one arriving late) changes nothing. A sample looked up from the samples service
 * is remembered as version 0, so any event about it wins.
 */
@ApplicationScoped
public class SubjectRepository {
    @PersistenceContext(unitName = "qaqc")
    EntityManager em;

    /**
     * The subjects of {@code barcodes}, one statement: a library tube's barcode names the library
     * (its tube is also a sample in the samples service), any other a sample whose type is known.
     */
    public Map<String, Subject> byBarcodes(Collection<String> barcodes) {
        Map<String, Subject> subjects = new HashMap<>();
        if (barcodes.isEmpty()) {
            return subjects;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT 'library', id, barcode, sample_id, NULL FROM known_libraries "
                                + "WHERE barcode = ANY(CAST(?1 AS text[])) UNION ALL SELECT 'sample', id, barcode, NULL, type "
                                + "FROM known_samples WHERE barcode = ANY(CAST(?1 AS text[])) AND type IS NOT NULL ORDER BY 1")
                .setParameter(1, TextArrays.literal(barcodes))
                .getResultList();
        for (Object[] row : rows) {
            Subject subject = "library".equals(text(row[0]))
                    ? Subject.library(uuid(row[1]), text(row[2]), uuid(row[3]))
                    : Subject.sample(uuid(row[1]), text(row[2]), text(row[4]));
            // Ordered library first ("library" < "sample"): a library tube's barcode names the library.
            subjects.putIfAbsent(subject.barcode(), subject);
        }
        return subjects;
    }

    public Optional<Subject> sample(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, barcode, type FROM known_samples WHERE id = ?1 AND type IS NOT NULL")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(row -> Subject.sample(uuid(row[0]), text(row[1]), text(row[2])));
    }

    public Optional<Subject> library(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, barcode, sample_id FROM known_libraries WHERE id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(row -> Subject.library(uuid(row[0]), text(row[1]), uuid(row[2])));
    }

    public Optional<Subject> pool(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT id FROM known_pools WHERE id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(row -> Subject.pool(uuid(row)));
    }

    /** Each known pool's name (null when it had none). */
    public Map<UUID, Optional<String>> poolNames(Collection<UUID> poolIds) {
        Map<UUID, Optional<String>> names = new HashMap<>();
        if (poolIds.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, name FROM known_pools WHERE id = ANY(CAST(?1 AS uuid[]))")
                .setParameter(1, TextArrays.literal(poolIds))
                .getResultList();
        rows.forEach(row -> names.put(uuid(row[0]), Optional.ofNullable(text(row[1]))));
        return names;
    }

    /** A pool as of event {@code version} (pools never change once made, so a repeat changes nothing). */
    public void poolSeen(UUID id, String name, long version) {
        em.createNativeQuery("INSERT INTO known_pools AS k (id, name, version) VALUES (?1, CAST(?2 AS text), ?3) "
                        + "ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, version = EXCLUDED.version "
                        + "WHERE k.version < EXCLUDED.version")
                .setParameter(1, id)
                .setParameter(2, name)
                .setParameter(3, version)
                .executeUpdate();
    }

    /** Each known library's source sample. */
    public Map<UUID, UUID> librarySources(Collection<UUID> libraryIds) {
        Map<UUID, UUID> sources = new HashMap<>();
        if (libraryIds.isEmpty()) {
            return sources;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, sample_id FROM known_libraries WHERE id = ANY(CAST(?1 AS uuid[]))")
                .setParameter(1, TextArrays.literal(libraryIds))
                .getResultList();
        rows.forEach(row -> sources.put(uuid(row[0]), uuid(row[1])));
        return sources;
    }

    /**
     * A sample as of event {@code version}: the barcode and status replace older ones, the type is
     * kept once known (SM-5 fixes it; a status event may arrive before the registration).
     */
    public void sampleSeen(UUID id, String barcode, String type, String status, long version) {
        em.createNativeQuery("INSERT INTO known_samples AS k (id, barcode, type, status, version) "
                        + "VALUES (?1, ?2, CAST(?3 AS text), CAST(?4 AS text), ?5) ON CONFLICT (id) DO UPDATE SET "
                        + "type = COALESCE(EXCLUDED.type, k.type), "
                        + "barcode = CASE WHEN EXCLUDED.version > k.version THEN EXCLUDED.barcode ELSE k.barcode END, "
                        + "status = CASE WHEN EXCLUDED.version > k.version THEN COALESCE(EXCLUDED.status, k.status) "
                        + "ELSE k.status END, version = GREATEST(k.version, EXCLUDED.version)")
                .setParameter(1, id)
                .setParameter(2, barcode)
                .setParameter(3, type)
                .setParameter(4, status)
                .setParameter(5, version)
                .executeUpdate();
    }

    /** The barcode of a known sample changed by an edit at {@code version}; unknown samples are left unknown. */
    public void sampleEdited(UUID id, String field, String value, long version) {
        String column = switch (field) {
            case "barcode" -> "barcode";
            case "type" -> "type";
            default -> null;
        };
        if (column == null) {
            return;
        }
        em.createNativeQuery(
                        "UPDATE known_samples SET " + column + " = ?1, version = ?2 WHERE id = ?3 AND version < ?2")
                .setParameter(1, value)
                .setParameter(2, version)
                .setParameter(3, id)
                .executeUpdate();
    }

    /** A library as of event {@code version} (created or normalised): its sample and tube barcode. */
    public void librarySeen(UUID id, UUID sampleId, UUID librarySampleId, String barcode, String name, long version) {
        em.createNativeQuery(
                        "INSERT INTO known_libraries AS k (id, sample_id, library_sample_id, barcode, name, version) "
                                + "VALUES (?1, ?2, CAST(?3 AS uuid), CAST(?4 AS text), CAST(?5 AS text), ?6) "
                                + "ON CONFLICT (id) DO UPDATE SET sample_id = EXCLUDED.sample_id, "
                                + "library_sample_id = COALESCE(EXCLUDED.library_sample_id, k.library_sample_id), "
                                + "barcode = COALESCE(EXCLUDED.barcode, k.barcode), name = COALESCE(EXCLUDED.name, k.name), "
                                + "version = EXCLUDED.version WHERE k.version < EXCLUDED.version")
                .setParameter(1, id)
                .setParameter(2, sampleId)
                .setParameter(3, librarySampleId)
                .setParameter(4, barcode)
                .setParameter(5, name)
                .setParameter(6, version)
                .executeUpdate();
    }
}
