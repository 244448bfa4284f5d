package org.tracseq.libraryprep.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tracseq.libraryprep.domain.IndexEntry;
import org.tracseq.libraryprep.domain.IndexRead;
import org.tracseq.libraryprep.domain.WireValue;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.persistence.PagedQuery;

/** The kits and their indexes. */
@ApplicationScoped
public class KitRepository {
    @PersistenceContext(unitName = "library-prep")
    EntityManager em;

    public Optional<KitEntity> find(UUID id) {
        return Optional.ofNullable(em.find(KitEntity.class, id));
    }

    /** The kit, its row locked until commit: a correction or supersession and a new library wait for each other. */
    public Optional<KitEntity> lock(UUID id) {
        return Optional.ofNullable(em.find(KitEntity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A read lock: the kit cannot be corrected or superseded until this transaction ends. */
    public Optional<KitEntity> share(UUID id) {
        return Optional.ofNullable(em.find(KitEntity.class, id, LockModeType.PESSIMISTIC_READ));
    }

    public Optional<KitEntity> current(String name) {
        return em.createQuery(
                        "SELECT k FROM KitEntity k WHERE k.name = :name AND k.status = 'current'", KitEntity.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    public int latestVersion(String name) {
        Integer latest = em.createQuery("SELECT MAX(k.version) FROM KitEntity k WHERE k.name = :name", Integer.class)
                .setParameter("name", name)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    public Page<KitEntity> page(boolean includeSuperseded, PageRequest request) {
        String where = includeSuperseded ? "" : " WHERE k.status = 'current'";
        return PagedQuery.of(
                em.createQuery(
                        "SELECT k FROM KitEntity k" + where + " ORDER BY k.name, k.version DESC", KitEntity.class),
                em.createQuery("SELECT COUNT(k) FROM KitEntity k" + where, Long.class),
                request);
    }

    public List<IndexEntry> indexes(UUID kitId) {
        return indexes(List.of(kitId)).getOrDefault(kitId, List.of());
    }

    /** The indexes of each of these kits, in each kit's order. */
    public Map<UUID, List<IndexEntry>> indexes(List<UUID> kitIds) {
        if (kitIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery(
                        "SELECT i FROM KitIndexEntity i WHERE i.kitId IN :kits ORDER BY i.kitId, i.position",
                        KitIndexEntity.class)
                .setParameter("kits", kitIds)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        KitIndexEntity::kitId,
                        LinkedHashMap::new,
                        Collectors.mapping(
                                row -> new IndexEntry(
                                        WireValue.parse(IndexRead.class, row.read())
                                                .orElseThrow(),
                                        row.name(),
                                        row.sequence()),
                                Collectors.toList())));
    }

    /** LB-4: a kit is in use once a library carries one of its indexes. */
    public boolean inUse(UUID kitId) {
        return !em.createQuery("SELECT l.id FROM LibraryEntity l WHERE l.kitId = :kit", UUID.class)
                .setParameter("kit", kitId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public List<UUID> inUse(List<UUID> kitIds) {
        if (kitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT l.kitId FROM LibraryEntity l WHERE l.kitId IN :kits", UUID.class)
                .setParameter("kits", kitIds)
                .getResultList();
    }

    public void add(KitEntity kit, List<IndexEntry> indexes) {
        em.persist(kit);
        em.flush(); // the kit's row before its indexes' (their foreign key): JPA knows no relation between them
        addIndexes(kit.id(), indexes);
    }

    /** An unused kit's correction: its indexes are the corrected file's. */
    public void replaceIndexes(UUID kitId, List<IndexEntry> indexes) {
        em.createQuery("DELETE FROM KitIndexEntity i WHERE i.kitId = :kit")
                .setParameter("kit", kitId)
                .executeUpdate();
        addIndexes(kitId, indexes);
    }

    private void addIndexes(UUID kitId, List<IndexEntry> indexes) {
        for (int i = 0; i < indexes.size(); i++) {
            IndexEntry index = indexes.get(i);
            em.persist(new KitIndexEntity(kitId, i, WireValue.of(index.read()), index.name(), index.sequence()));
        }
        em.flush();
    }

    /** Sends the changes so far, e.g. a supersession before the new version that takes its place. */
    public void flush() {
        em.flush();
    }
}
