package org.tracseq.storage.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.platform.db.ServiceDatabase;
import org.tracseq.storage.domain.BoxGeometry;
import org.tracseq.storage.domain.Item;
import org.tracseq.storage.domain.StorageState;

/**
 * Items (samples this service holds) and their placements (ST-3: the database keeps one item per
 * position). The reads a request makes before its transaction ({@link #find}, {@link #findByBarcode},
 * {@link #freezeThawCounts}) are transactional themselves: Liberty keeps a connection used outside a
 * transaction until the request ends, so a request would otherwise hold two, and twenty concurrent
 * placements would drain the pool.
 */
@ApplicationScoped
public class ItemRepository {
    private static final String SELECT = "SELECT i.sample_id, i.barcode, i.sample_type, i.state, i.freeze_thaw_count, "
            + "i.updated_at, p.box_id, p.row_no, p.col_no FROM items i LEFT JOIN placements p ON p.sample_id = i.sample_id ";

    @Inject
    ServiceDatabase database;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(database.dataSource());
    }

    @Transactional
    public Optional<Item> find(UUID sampleId) {
        return jdbc.one(SELECT + "WHERE i.sample_id = ?", ItemRepository::item, sampleId);
    }

    @Transactional
    public Optional<Item> findByBarcode(String barcode) {
        return jdbc.one(SELECT + "WHERE i.barcode = ?", ItemRepository::item, barcode);
    }

    /** The item, its row locked until the transaction ends: every change of one item is serialised. */
    public Optional<Item> lock(UUID sampleId) {
        return jdbc.one(SELECT + "WHERE i.sample_id = ? FOR UPDATE OF i", ItemRepository::item, sampleId);
    }

    /** Inserts a new item unless one with this id or barcode exists; true when inserted. */
    public boolean insert(
            UUID sampleId, String barcode, String sampleType, StorageState state, int freezeThaw, Instant now) {
        return jdbc.update(
                        "INSERT INTO items (sample_id, barcode, sample_type, state, freeze_thaw_count, updated_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        sampleId,
                        barcode,
                        sampleType,
                        state.wireValue(),
                        freezeThaw,
                        now)
                == 1;
    }

    public void update(UUID sampleId, StorageState state, int freezeThaw, Instant now) {
        jdbc.update(
                "UPDATE items SET state = ?, freeze_thaw_count = ?, updated_at = ? WHERE sample_id = ?",
                state.wireValue(),
                freezeThaw,
                now,
                sampleId);
    }

    /** The freeze-thaw counts of those of these samples this service holds. */
    @Transactional
    public List<Integer> freezeThawCounts(List<UUID> sampleIds) {
        if (sampleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.list("SELECT freeze_thaw_count FROM items WHERE sample_id = ANY(?)", row -> row.getInt(1), (Object)
                Jdbc.ids(sampleIds));
    }

    /**
     * Takes a position for an item; false when the position is taken (the primary key decides,
     * also between concurrent requests).
     */
    public boolean occupy(UUID boxId, int row, int column, UUID sampleId, String actor, Instant now) {
        return jdbc.update(
                        "INSERT INTO placements (box_id, row_no, col_no, sample_id, placed_at, placed_by) "
                                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        boxId,
                        row,
                        column,
                        sampleId,
                        now,
                        actor)
                == 1;
    }

    /**
     * Takes a box's first free position (row by row) in one statement; empty when the box is full.
     * The caller holds the box's lock, so no other request takes a position in it meanwhile.
     */
    public Optional<BoxGeometry.Cell> occupyFirstFree(
            UUID boxId, BoxGeometry geometry, UUID sampleId, String actor, Instant now) {
        return jdbc.one(
                "INSERT INTO placements (box_id, row_no, col_no, sample_id, placed_at, placed_by) "
                        + "SELECT ?, cell / ? + 1, cell % ? + 1, ?, ?, ? FROM generate_series(0, ? - 1) AS cell "
                        + "WHERE NOT EXISTS (SELECT 1 FROM placements p WHERE p.box_id = ? AND p.row_no = cell / ? + 1 "
                        + "AND p.col_no = cell % ? + 1) ORDER BY cell LIMIT 1 RETURNING row_no, col_no",
                row -> new BoxGeometry.Cell(row.getInt("row_no"), row.getInt("col_no")),
                boxId,
                geometry.columns(),
                geometry.columns(),
                sampleId,
                now,
                actor,
                geometry.capacity(),
                boxId,
                geometry.columns(),
                geometry.columns());
    }

    public void vacate(UUID sampleId) {
        jdbc.update("DELETE FROM placements WHERE sample_id = ?", sampleId);
    }

    /** A box's occupants in row-major order. */
    public List<Occupant> occupants(UUID boxId) {
        return jdbc.list(
                "SELECT p.box_id, p.row_no, p.col_no, p.sample_id, i.barcode, i.state, i.sample_type "
                        + "FROM placements p JOIN items i ON i.sample_id = p.sample_id WHERE p.box_id = ? "
                        + "ORDER BY p.row_no, p.col_no",
                ItemRepository::occupant,
                boxId);
    }

    /** Taken cells of several boxes (row, column only). */
    public List<Occupant> taken(List<UUID> boxIds) {
        if (boxIds.isEmpty()) {
            return List.of();
        }
        return jdbc.list(
                "SELECT box_id, row_no, col_no, sample_id, NULL AS barcode, NULL AS state, "
                        + "NULL AS sample_type FROM placements WHERE box_id = ANY(?)",
                ItemRepository::occupant,
                (Object) Jdbc.ids(boxIds));
    }

    /** Items (with their types) stored at or below a location. */
    public List<Occupant> occupantsWithin(UUID locationId) {
        return jdbc.list(
                "SELECT p.box_id, p.row_no, p.col_no, p.sample_id, i.barcode, i.state, i.sample_type "
                        + "FROM placements p JOIN items i ON i.sample_id = p.sample_id JOIN locations l ON l.id = p.box_id "
                        + "WHERE l.path @> ARRAY[?]::uuid[]",
                ItemRepository::occupant,
                locationId);
    }

    public long countItems() {
        return jdbc.count("SELECT count(*) FROM items");
    }

    /** Whoever sits in a box's cell. */
    public record Occupant(
            UUID boxId, int row, int column, UUID sampleId, String barcode, StorageState state, String sampleType) {}

    private static Occupant occupant(ResultSet row) throws SQLException {
        String state = row.getString("state");
        return new Occupant(
                Jdbc.uuid(row, "box_id"),
                row.getInt("row_no"),
                row.getInt("col_no"),
                Jdbc.uuid(row, "sample_id"),
                row.getString("barcode"),
                state == null ? null : StorageState.fromWire(state),
                row.getString("sample_type"));
    }

    private static Item item(ResultSet row) throws SQLException {
        UUID box = Jdbc.uuid(row, "box_id");
        return new Item(
                Jdbc.uuid(row, "sample_id"),
                row.getString("barcode"),
                row.getString("sample_type"),
                StorageState.fromWire(row.getString("state")),
                row.getInt("freeze_thaw_count"),
                Jdbc.instant(row, "updated_at"),
                box == null ? null : new Item.Placement(box, row.getInt("row_no"), row.getInt("col_no")));
    }
}
