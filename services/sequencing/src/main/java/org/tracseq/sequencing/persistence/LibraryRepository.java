package org.tracseq.sequencing.persistence;

import static org.tracseq.platform.persistence.NativeValues.integer;
import static org.tracseq.platform.persistence.NativeValues.text;
import static org.tracseq.platform.persistence.NativeValues.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.platform.persistence.NativeValues;
import org.tracseq.sequencing.domain.Library;

/**
 * {@code known_libraries}: the libraries library-prep announced, each row as of the aggregate's
 * latest event applied ({@code version}); an older event arriving late changes nothing.
 */
@ApplicationScoped
public class LibraryRepository {
    static final String COLUMNS = "l.id, l.name, l.sample_id, l.library_sample_id, l.barcode, l.kit, l.i7_name, l.i7, "
            + "l.i5_name, l.i5, l.concentration_ng_per_ul, l.mean_fragment_bp, l.volume_ul, l.molarity_nm";

    @PersistenceContext(unitName = "sequencing")
    EntityManager em;

    /** The library as of event {@code version}. */
    public void seen(Library library, long version) {
        em.createNativeQuery("INSERT INTO known_libraries AS k (id, name, sample_id, library_sample_id, barcode, kit, "
                        + "i7_name, i7, i5_name, i5, concentration_ng_per_ul, mean_fragment_bp, volume_ul, molarity_nm, "
                        + "version) VALUES (?1, ?2, ?3, CAST(?4 AS uuid), CAST(?5 AS text), CAST(?6 AS text), "
                        + "CAST(?7 AS text), CAST(?8 AS text), CAST(?9 AS text), CAST(?10 AS text), CAST(?11 AS numeric), "
                        + "CAST(?12 AS integer), CAST(?13 AS numeric), CAST(?14 AS numeric), ?15) "
                        + "ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, sample_id = EXCLUDED.sample_id, "
                        + "library_sample_id = COALESCE(EXCLUDED.library_sample_id, k.library_sample_id), "
                        + "barcode = COALESCE(EXCLUDED.barcode, k.barcode), kit = COALESCE(EXCLUDED.kit, k.kit), "
                        + "i7_name = EXCLUDED.i7_name, i7 = EXCLUDED.i7, i5_name = EXCLUDED.i5_name, i5 = EXCLUDED.i5, "
                        + "concentration_ng_per_ul = EXCLUDED.concentration_ng_per_ul, "
                        + "mean_fragment_bp = COALESCE(EXCLUDED.mean_fragment_bp, k.mean_fragment_bp), "
                        + "volume_ul = EXCLUDED.volume_ul, molarity_nm = EXCLUDED.molarity_nm, version = EXCLUDED.version "
                        + "WHERE k.version < EXCLUDED.version")
                .setParameter(1, library.id())
                .setParameter(2, library.name())
                .setParameter(3, library.sampleId())
                .setParameter(
                        4,
                        library.librarySampleId() == null
                                ? null
                                : library.librarySampleId().toString())
                .setParameter(5, library.barcode())
                .setParameter(6, library.kit())
                .setParameter(7, library.i7Name())
                .setParameter(8, library.i7())
                .setParameter(9, library.i5Name())
                .setParameter(10, library.i5())
                .setParameter(11, plain(library.concentrationNgPerUl()))
                .setParameter(
                        12,
                        library.meanFragmentBp() == null
                                ? null
                                : library.meanFragmentBp().toString())
                .setParameter(13, plain(library.volumeUl()))
                .setParameter(14, plain(library.molarityNm()))
                .setParameter(15, version)
                .executeUpdate();
    }

    public Optional<Library> find(UUID id) {
        return byIds(List.of(id)).values().stream().findFirst();
    }

    /** The known libraries among {@code ids}, in the order asked. */
    public Map<UUID, Library> byIds(Collection<UUID> ids) {
        Map<UUID, Library> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT " + COLUMNS + " FROM known_libraries l WHERE l.id = ANY(CAST(?1 AS uuid[]))")
                .setParameter(1, NativeValues.array(ids))
                .getResultList();
        Map<UUID, Library> byId = new LinkedHashMap<>();
        rows.stream().map(LibraryRepository::library).forEach(library -> byId.put(library.id(), library));
        ids.stream().filter(byId::containsKey).forEach(id -> found.put(id, byId.get(id)));
        return found;
    }

    static Library library(Object[] row) {
        return new Library(
                uuid(row[0]),
                text(row[1]),
                uuid(row[2]),
                uuid(row[3]),
                text(row[4]),
                text(row[5]),
                text(row[6]),
                text(row[7]),
                text(row[8]),
                text(row[9]),
                decimal(row[10]),
                integer(row[11]),
                decimal(row[12]),
                decimal(row[13]));
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
