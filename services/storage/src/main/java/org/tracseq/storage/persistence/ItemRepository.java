package org.tracseq.storage.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.platform.persistence.NativeValues;
import org.tracseq.storage.domain.BoxGeometry;
import org.tracseq.storage.domain.Item;
import org.tracseq.storage.domain.Occupant;
import org.tracseq.storage.domain.StorageState;

/**
 * Items (samples this service holds) and their placements (ST-3: the database keeps one item per
 * position). Reads are JPQL projections (values, never managed entities, so a read after this
 * transaction's native writes sees them); the placement rules are SQL: a conflict-free insert, the
 * next free cell in one {@code INSERT … SELECT}, row locks.
 */
@ApplicationScoped
public class ItemRepository {
    private static final String ITEM = "SELECT i.sampleId, i.barcode, i.sampleType, i.state, i.freezeThawCount, "
            + "i.updatedAt, p.boxId, p.rowNo, p.colNo FROM ItemEntity i "
            + "LEFT JOIN PlacementEntity p ON p.sampleId = i.sampleId ";
    private static final String OCCUPANT = "SELECT p.box_id, p.row_no, p.col_no, p.sample_id, i.barcode, i.state, "
            + "i.sample_type FROM placements p JOIN items i ON i.sample_id = p.sample_id ";

    @PersistenceContext(unitName = "storage")
    EntityManager em;

    public Optional<Item> find(UUID sampleId) {
        return em.createQuery(ITEM + "WHERE i.sampleId = :id", Object[].class)
                .setParameter("id", sampleId)
                .getResultStream()
                .findFirst()
                .map(ItemRepository::item);
    }

    public Optional<Item> findByBarcode(String barcode) {
        return em.createQuery(ITEM + "WHERE i.barcode = :barcode", Object[].class)
                .setParameter("barcode", barcode)
                .getResultStream()
                .findFirst()
                .map(ItemRepository::item);
    }

    /** The item, its row locked until the transaction ends: every change of one item is serialised. */
    public Optional<Item> lock(UUID sampleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT i.sample_id, i.barcode, i.sample_type, i.state, "
                        + "i.freeze_thaw_count, i.updated_at, p.box_id, p.row_no, p.col_no FROM items i "
                        + "LEFT JOIN placements p ON p.sample_id = i.sample_id WHERE i.sample_id = ?1 FOR UPDATE OF i")
                .setParameter(1, sampleId)
                .getResultList();
        return rows.stream().findFirst().map(ItemRepository::item);
    }

    /** Inserts a new item unless one with this id or barcode exists; true when inserted. */
    public boolean insert(
            UUID sampleId, String barcode, String sampleType, StorageState state, int freezeThaw, Instant now) {
        return em.createNativeQuery(
                                "INSERT INTO items (sample_id, barcode, sample_type, state, freeze_thaw_count, updated_at) "
                                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING")
                        .setParameter(1, sampleId)
                        .setParameter(2, barcode)
                        .setParameter(3, sampleType)
                        .setParameter(4, state.wireValue())
                        .setParameter(5, freezeThaw)
                        .setParameter(6, NativeValues.utc(now))
                        .executeUpdate()
                == 1;
    }

    public void update(UUID sampleId, StorageState state, int freezeThaw, Instant now) {
        em.createNativeQuery(
                        "UPDATE items SET state = ?1, freeze_thaw_count = ?2, updated_at = ?3 WHERE sample_id = ?4")
                .setParameter(1, state.wireValue())
                .setParameter(2, freezeThaw)
                .setParameter(3, NativeValues.utc(now))
                .setParameter(4, sampleId)
                .executeUpdate();
    }

    /** The freeze-thaw counts of those of these samples this service holds. */
    public List<Integer> freezeThawCounts(List<UUID> sampleIds) {
        if (sampleIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i.freezeThawCount FROM ItemEntity i WHERE i.sampleId IN :ids", Integer.class)
                .setParameter("ids", sampleIds)
                .getResultList();
    }

    /**
     * Takes a position for an item; false when the position is taken (the primary key decides,
     * also between concurrent requests).
     */
    public boolean occupy(UUID boxId, int row, int column, UUID sampleId, String actor, Instant now) {
        return em.createNativeQuery("INSERT INTO placements (box_id, row_no, col_no, sample_id, placed_at, placed_by) "
                                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING")
                        .setParameter(1, boxId)
                        .setParameter(2, row)
                        .setParameter(3, column)
                        .setParameter(4, sampleId)
                        .setParameter(5, NativeValues.utc(now))
                        .setParameter(6, actor)
                        .executeUpdate()
                == 1;
    }

    /**
     * Takes a box's first free position (row by row) in one statement; empty when the box is full.
     * The caller holds the box's lock, so no other request takes a position in it meanwhile.
     */
    public Optional<BoxGeometry.Cell> occupyFirstFree(
            UUID boxId, BoxGeometry geometry, UUID sampleId, String actor, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "INSERT INTO placements (box_id, row_no, col_no, sample_id, placed_at, placed_by) "
                                + "SELECT ?1, cell / ?2 + 1, cell % ?2 + 1, ?3, ?4, ?5 FROM generate_series(0, ?6 - 1) AS cell "
                                + "WHERE NOT EXISTS (SELECT 1 FROM placements p WHERE p.box_id = ?1 "
                                + "AND p.row_no = cell / ?2 + 1 AND p.col_no = cell % ?2 + 1) "
                                + "ORDER BY cell LIMIT 1 RETURNING row_no, col_no")
                .setParameter(1, boxId)
                .setParameter(2, geometry.columns())
                .setParameter(3, sampleId)
                .setParameter(4, NativeValues.utc(now))
                .setParameter(5, actor)
                .setParameter(6, geometry.capacity())
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new BoxGeometry.Cell(NativeValues.integer(row[0]), NativeValues.integer(row[1])));
    }

    public void vacate(UUID sampleId) {
        em.createNativeQuery("DELETE FROM placements WHERE sample_id = ?1")
                .setParameter(1, sampleId)
                .executeUpdate();
    }

    /** A box's occupants in row-major order. */
    public List<Occupant> occupants(UUID boxId) {
        return occupants(em.createNativeQuery(OCCUPANT + "WHERE p.box_id = ?1 ORDER BY p.row_no, p.col_no")
                .setParameter(1, boxId)
                .getResultList());
    }

    /** Taken cells of several boxes (row, column only). */
    public List<Occupant> taken(List<UUID> boxIds) {
        if (boxIds.isEmpty()) {
            return List.of();
        }
        return occupants(em.createNativeQuery("SELECT box_id, row_no, col_no, sample_id, NULL, NULL, NULL "
                        + "FROM placements WHERE box_id = ANY(CAST(?1 AS uuid[]))")
                .setParameter(1, NativeValues.array(boxIds))
                .getResultList());
    }

    /** Items (with their types) stored at or below a location. */
    public List<Occupant> occupantsWithin(UUID locationId) {
        return occupants(em.createNativeQuery(
                        OCCUPANT + "JOIN locations l ON l.id = p.box_id WHERE l.path @> ARRAY[CAST(?1 AS uuid)]")
                .setParameter(1, locationId)
                .getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Occupant> occupants(List<?> rows) {
        return ((List<Object[]>) rows)
                .stream()
                        .map(row -> new Occupant(
                                NativeValues.uuid(row[0]),
                                NativeValues.integer(row[1]),
                                NativeValues.integer(row[2]),
                                NativeValues.uuid(row[3]),
                                NativeValues.text(row[4]),
                                row[5] == null ? null : StorageState.fromWire(NativeValues.text(row[5])),
                                NativeValues.text(row[6])))
                        .toList();
    }

    /** A row of the item projection (JPQL) or the lock (native): the item and its placement, if any. */
    private static Item item(Object[] row) {
        UUID box = NativeValues.uuid(row[6]);
        return new Item(
                NativeValues.uuid(row[0]),
                NativeValues.text(row[1]),
                NativeValues.text(row[2]),
                StorageState.fromWire(NativeValues.text(row[3])),
                NativeValues.integer(row[4]),
                NativeValues.instant(row[5]),
                box == null
                        ? null
                        : new Item.Placement(box, NativeValues.integer(row[7]), NativeValues.integer(row[8])));
    }
}
