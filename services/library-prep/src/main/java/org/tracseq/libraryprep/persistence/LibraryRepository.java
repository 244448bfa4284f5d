package org.tracseq.libraryprep.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.libraryprep.domain.Library;
import org.tracseq.libraryprep.domain.LibraryFilter;
import org.tracseq.libraryprep.domain.NormalisationStep;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.persistence.PagedQuery;

/** Libraries, plates, normalisation steps, and the audit log of all of them and of the kits. */
@ApplicationScoped
public class LibraryRepository {
    @PersistenceContext(unitName = "library-prep")
    EntityManager em;

    public void add(Library library) {
        em.persist(new LibraryEntity(library));
    }

    /** The plate well of a library just added (flushed): the plate is set apart from the insert, see {@link LibraryEntity}. */
    public void placeOnPlate(Library library) {
        em.createNativeQuery("UPDATE libraries SET plate_id = ?, well = ? WHERE id = ?")
                .setParameter(1, library.plateId())
                .setParameter(2, library.well())
                .setParameter(3, library.id())
                .executeUpdate();
    }

    public void add(PlateEntity plate) {
        em.persist(plate);
    }

    public Optional<Library> find(UUID id) {
        return Optional.ofNullable(em.find(LibraryEntity.class, id)).map(LibraryEntity::toLibrary);
    }

    /** The library, locked until commit, so two normalisations of it happen one after the other. */
    public Optional<LibraryEntity> lock(UUID id) {
        return Optional.ofNullable(em.find(LibraryEntity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<PlateEntity> plate(UUID id) {
        return Optional.ofNullable(em.find(PlateEntity.class, id));
    }

    public Page<Library> page(LibraryFilter filter, PageRequest request) {
        List<String> conditions = new ArrayList<>();
        if (filter.sampleId() != null) {
            conditions.add("l.sampleId = :sampleId");
        }
        if (filter.plateId() != null) {
            conditions.add("l.plateId = :plateId");
        }
        if (filter.barcode() != null) {
            conditions.add("l.barcode = :barcode");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<LibraryEntity> items = em.createQuery(
                "SELECT l FROM LibraryEntity l" + where + " ORDER BY l.createdAt DESC, l.id", LibraryEntity.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(l) FROM LibraryEntity l" + where, Long.class);
        bind(items, filter);
        bind(count, filter);
        return PagedQuery.of(items, count, request).map(LibraryEntity::toLibrary);
    }

    public List<Library> onPlate(UUID plateId) {
        return em
                .createQuery("SELECT l FROM LibraryEntity l WHERE l.plateId = :plate", LibraryEntity.class)
                .setParameter("plate", plateId)
                .getResultList()
                .stream()
                .map(LibraryEntity::toLibrary)
                .toList();
    }

    public void add(NormalisationStep step) {
        em.persist(new NormalisationEntity(step));
    }

    public List<NormalisationStep> normalisations(UUID libraryId) {
        return em
                .createQuery(
                        "SELECT n FROM NormalisationEntity n WHERE n.libraryId = :library ORDER BY n.at, n.id",
                        NormalisationEntity.class)
                .setParameter("library", libraryId)
                .getResultList()
                .stream()
                .map(NormalisationEntity::toStep)
                .toList();
    }

    /** One line of the audit log: {@code entity} is kit, library or plate. */
    public void audit(OffsetDateTime at, String actor, String entity, UUID entityId, String action, String detail) {
        em.persist(new AuditEntity(at, actor, entity, entityId, action, detail));
    }

    /** Sends what this transaction wrote so far, so a constraint it breaks is found before the response. */
    public void flush() {
        em.flush();
    }

    private static void bind(TypedQuery<?> query, LibraryFilter filter) {
        if (filter.sampleId() != null) {
            query.setParameter("sampleId", filter.sampleId());
        }
        if (filter.plateId() != null) {
            query.setParameter("plateId", filter.plateId());
        }
        if (filter.barcode() != null) {
            query.setParameter("barcode", filter.barcode());
        }
    }
}
