package org.tracseq.samples.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.persistence.NativeValues;
import org.tracseq.platform.persistence.PagedQuery;
import org.tracseq.samples.domain.LineageLink;
import org.tracseq.samples.domain.LineageRelation;
import org.tracseq.samples.domain.SampleFilter;
import org.tracseq.samples.domain.SampleStatus;
import org.tracseq.samples.domain.SampleType;
import org.tracseq.samples.domain.Volume;
import org.tracseq.samples.domain.VolumeUnit;

/**
 * Samples and their lineage in the {@code samples} schema. The lineage rules that are SQL at heart
 * (the advisory lock, the recursive walks) are native queries here. Callers bring the transaction.
 */
@ApplicationScoped
public class SampleRepository {
    /** The entity attribute each of {@link SampleFilter#SORTABLE} sorts by. */
    private static final Map<String, String> SORT_ATTRIBUTES = Map.of(
            "name", "name",
            "barcode", "barcode",
            "type", "type",
            "status", "status",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt");
    /** Lineage deeper than this is not followed (a lab's real lineage is a few generations). */
    private static final int MAX_LINEAGE_DEPTH = 100;
    /** Key of the transaction-scoped advisory lock that serialises lineage links. */
    private static final long LINEAGE_LOCK = 0x5341_4d50_4c49_4e4cL;

    @PersistenceContext(unitName = "samples")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    /** Sends pending writes now, so a constraint violation surfaces here rather than at commit. */
    public void flush() {
        em.flush();
    }

    public Optional<SampleEntity> findById(UUID id) {
        return Optional.ofNullable(em.find(SampleEntity.class, id));
    }

    /** The samples with these ids that exist, in one query. */
    public List<SampleEntity> findByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM SampleEntity s WHERE s.id IN :ids", SampleEntity.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
    }

    /** The sample, its row locked until the transaction ends ({@code SELECT ... FOR UPDATE}). */
    public Optional<SampleEntity> lockById(UUID id) {
        return Optional.ofNullable(em.find(SampleEntity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<SampleEntity> findByBarcode(String barcode) {
        return em.createQuery("SELECT s FROM SampleEntity s WHERE s.barcode = :barcode", SampleEntity.class)
                .setParameter("barcode", barcode)
                .getResultStream()
                .findFirst();
    }

    /** Which of {@code barcodes} already belong to a sample. */
    public Set<String> registeredBarcodes(Collection<String> barcodes) {
        if (barcodes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                em.createQuery("SELECT s.barcode FROM SampleEntity s WHERE s.barcode IN :barcodes", String.class)
                        .setParameter("barcodes", List.copyOf(barcodes))
                        .getResultList());
    }

    /** One page of the samples {@code filter} selects, and how many it selects in all. */
    public Page<SampleEntity> search(SampleFilter filter, PageRequest page) {
        String attribute = SORT_ATTRIBUTES.get(page.sortField());
        if (attribute == null) {
            throw new IllegalArgumentException("Not a sort field of samples: " + page.sortField());
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM SampleEntity s" + where, Long.class);
        TypedQuery<SampleEntity> select = em.createQuery(
                "SELECT s FROM SampleEntity s" + where
                        + " ORDER BY s." + attribute + (page.ascending() ? " ASC" : " DESC")
                        + ", s.id ASC",
                SampleEntity.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        return PagedQuery.of(select, count, page);
    }

    private static String where(SampleFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!filter.ids().isEmpty()) {
            conditions.add("s.id IN :ids");
            parameters.put("ids", List.copyOf(filter.ids()));
        }
        if (!filter.barcodes().isEmpty()) {
            conditions.add("s.barcode IN :barcodes");
            parameters.put("barcodes", List.copyOf(filter.barcodes()));
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("s.status IN :statuses");
            parameters.put(
                    "statuses",
                    filter.statuses().stream().map(SampleStatus::wireValue).toList());
        }
        if (!filter.showsDeleted()) {
            conditions.add("s.status <> :deleted");
            parameters.put("deleted", SampleStatus.DELETED.wireValue());
        }
        if (!filter.types().isEmpty()) {
            conditions.add("s.type IN :types");
            parameters.put(
                    "types", filter.types().stream().map(SampleType::wireValue).toList());
        }
        if (filter.text() != null) {
            conditions.add("(LOWER(s.name) LIKE :text ESCAPE '\\' OR LOWER(s.barcode) LIKE :text ESCAPE '\\')");
            parameters.put("text", "%" + escapeLike(filter.text().toLowerCase()) + "%");
        }
        if (filter.createdFrom() != null) {
            conditions.add("s.createdAt >= :createdFrom");
            parameters.put("createdFrom", filter.createdFrom());
        }
        if (filter.createdTo() != null) {
            conditions.add("s.createdAt < :createdTo");
            parameters.put("createdTo", filter.createdTo());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The text is matched literally: LIKE's wildcards in it are escaped. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The direct children of a sample, oldest link first. */
    public Page<SampleEntity> children(UUID parentId, PageRequest page) {
        TypedQuery<Long> count = em.createQuery(
                        "SELECT COUNT(l) FROM LineageLinkEntity l WHERE l.parentId = :parent", Long.class)
                .setParameter("parent", parentId);
        TypedQuery<SampleEntity> items = em.createQuery(
                        "SELECT s FROM SampleEntity s, LineageLinkEntity l "
                                + "WHERE l.parentId = :parent AND s.id = l.childId ORDER BY l.createdAt, s.id",
                        SampleEntity.class)
                .setParameter("parent", parentId);
        return PagedQuery.of(items, count, page);
    }

    /** Children that are not deleted themselves: they keep a sample from being deleted (SM-2). */
    public long liveChildren(UUID parentId) {
        return em.createQuery(
                        "SELECT COUNT(l) FROM LineageLinkEntity l, SampleEntity c "
                                + "WHERE l.parentId = :parent AND c.id = l.childId AND c.status <> :deleted",
                        Long.class)
                .setParameter("parent", parentId)
                .setParameter("deleted", SampleStatus.DELETED.wireValue())
                .getSingleResult();
    }

    public boolean hasLineage(UUID sampleId) {
        return em.createQuery(
                                "SELECT COUNT(l) FROM LineageLinkEntity l WHERE l.parentId = :id OR l.childId = :id",
                                Long.class)
                        .setParameter("id", sampleId)
                        .getSingleResult()
                > 0;
    }

    public boolean linkExists(UUID parentId, UUID childId) {
        return em.find(LineageLinkEntity.class, new LineageLinkEntity.Key(parentId, childId)) != null;
    }

    /**
     * Serialises lineage changes until the transaction ends, so two concurrent links can never close
     * a cycle that each alone would not (SM-2). New children need no lock: they cannot close a cycle.
     */
    public void lockLineage() {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)")
                .setParameter(1, LINEAGE_LOCK)
                .getSingleResult();
    }

    /** Every sample {@code sampleId} descends from. */
    public Set<UUID> ancestorIds(UUID sampleId) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("WITH RECURSIVE up(id) AS ("
                        + " SELECT parent_id FROM sample_lineage WHERE child_id = ?1"
                        + " UNION SELECT l.parent_id FROM sample_lineage l JOIN up ON l.child_id = up.id)"
                        + " SELECT id FROM up")
                .setParameter(1, sampleId)
                .getResultList();
        Set<UUID> result = new HashSet<>();
        ids.forEach(id -> result.add((UUID) id));
        return result;
    }

    /** Links from the sample up to all its ancestors, each with its distance from the sample. */
    public List<LineageLink> ancestorLinks(UUID sampleId) {
        return links(sampleId, "child_id", "parent_id");
    }

    /** Links from the sample down to all its descendants, each with its distance from the sample. */
    public List<LineageLink> descendantLinks(UUID sampleId) {
        return links(sampleId, "parent_id", "child_id");
    }

    /** Walks the lineage from {@code sampleId} along {@code from} → {@code to}, closest links first. */
    private List<LineageLink> links(UUID sampleId, String from, String to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("WITH RECURSIVE walk AS ("
                        + " SELECT l.*, 1 AS depth FROM sample_lineage l WHERE l." + from + " = ?1"
                        + " UNION SELECT l.*, walk.depth + 1 FROM sample_lineage l"
                        + " JOIN walk ON l." + from + " = walk." + to + " WHERE walk.depth < " + MAX_LINEAGE_DEPTH + ")"
                        + " SELECT parent_id, child_id, relation, volume_taken, volume_unit, created_at, MIN(depth)"
                        + " FROM walk GROUP BY parent_id, child_id, relation, volume_taken, volume_unit, created_at"
                        + " ORDER BY MIN(depth), created_at, child_id")
                .setParameter(1, sampleId)
                .getResultList();
        return rows.stream().map(SampleRepository::link).toList();
    }

    private static LineageLink link(Object[] row) {
        BigDecimal volume = (BigDecimal) row[3];
        return new LineageLink(
                (UUID) row[0],
                (UUID) row[1],
                LineageRelation.fromWire((String) row[2]),
                volume == null ? null : new Volume(volume, VolumeUnit.fromWire((String) row[4])),
                toOffsetDateTime(row[5]),
                ((Number) row[6]).intValue());
    }

    /** Native queries return timestamptz as the driver's type; the API speaks UTC. */
    private static OffsetDateTime toOffsetDateTime(Object value) {
        return NativeValues.utc(NativeValues.instant(value));
    }
}
