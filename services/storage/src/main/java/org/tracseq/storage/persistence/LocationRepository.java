package org.tracseq.storage.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.platform.db.ServiceDatabase;
import org.tracseq.storage.domain.Location;
import org.tracseq.storage.domain.LocationKind;
import org.tracseq.storage.domain.TemperatureZone;

/**
 * The hierarchy (ST-1) with its capacity counters (ST-5). Locks are always taken boxes first (by
 * id), then other locations by depth and id, so concurrent placements, moves and re-parenting can
 * never wait on each other in a circle.
 */
@ApplicationScoped
public class LocationRepository {
    static final String COLUMNS = "id, kind, name, parent_id, path, zone, box_rows, box_columns, geometry_locked, "
            + "capacity, occupied, description, created_at, created_by";

    @Inject
    ServiceDatabase database;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(database.dataSource());
    }

    public void insert(Location location) {
        jdbc.update(
                "INSERT INTO locations (id, kind, name, parent_id, path, depth, zone, box_rows, box_columns, "
                        + "capacity, description, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                location.id(),
                location.kind().wireValue(),
                location.name(),
                Jdbc.orNull(location.parentId(), Jdbc.Null.UUID),
                Jdbc.ids(location.path()),
                location.kind().depth(),
                Jdbc.orNull(location.zone() == null ? null : location.zone().wireValue(), Jdbc.Null.TEXT),
                Jdbc.orNull(location.rows(), Jdbc.Null.INTEGER),
                Jdbc.orNull(location.columns(), Jdbc.Null.INTEGER),
                location.capacity(),
                Jdbc.orNull(location.description(), Jdbc.Null.TEXT),
                location.createdAt(),
                location.createdBy());
    }

    public Optional<Location> find(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM locations WHERE id = ?", LocationRepository::location, id);
    }

    public Optional<Location> lock(UUID id) {
        return jdbc.one(
                "SELECT " + COLUMNS + " FROM locations WHERE id = ? FOR UPDATE", LocationRepository::location, id);
    }

    /** Locks boxes in id order (the first step of the lock order). */
    public Map<UUID, Location> lockBoxes(java.util.Collection<UUID> boxIds) {
        List<UUID> sorted = boxIds.stream().distinct().sorted().toList();
        Map<UUID, Location> locked = new java.util.LinkedHashMap<>();
        for (UUID id : sorted) {
            lock(id).ifPresent(box -> locked.put(id, box));
        }
        return locked;
    }

    /** A location's path as rows: the facility first, the location itself last; empty when it does not exist. */
    public List<Location> path(UUID id) {
        return jdbc.list(
                "SELECT a." + COLUMNS.replace(", ", ", a.") + " FROM locations l JOIN locations a "
                        + "ON a.id = ANY(l.path) WHERE l.id = ? ORDER BY a.depth",
                LocationRepository::location,
                id);
    }

    public long countChildren(UUID id) {
        return jdbc.count("SELECT count(*) FROM locations WHERE parent_id = ?", id);
    }

    public boolean nameTaken(UUID parentId, String name) {
        return parentId == null
                ? jdbc.count("SELECT count(*) FROM locations WHERE parent_id IS NULL AND name = ?", name) > 0
                : jdbc.count("SELECT count(*) FROM locations WHERE parent_id = ? AND name = ?", parentId, name) > 0;
    }

    public List<Location> list(UUID parentId, LocationKind kind, TemperatureZone zone, int offset, int limit) {
        Query query = filter(parentId, kind, zone);
        List<Object> parameters = new ArrayList<>(query.parameters);
        parameters.add(limit);
        parameters.add(offset);
        return jdbc.list(
                "SELECT " + COLUMNS + " FROM locations" + query.where + " ORDER BY name, id LIMIT ? OFFSET ?",
                LocationRepository::location,
                parameters.toArray());
    }

    public long count(UUID parentId, LocationKind kind, TemperatureZone zone) {
        Query query = filter(parentId, kind, zone);
        return jdbc.count("SELECT count(*) FROM locations" + query.where, query.parameters.toArray());
    }

    private record Query(String where, List<Object> parameters) {}

    private static Query filter(UUID parentId, LocationKind kind, TemperatureZone zone) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (parentId != null) {
            conditions.add("parent_id = ?");
            parameters.add(parentId);
        }
        if (kind != null) {
            conditions.add("kind = ?");
            parameters.add(kind.wireValue());
        }
        if (zone != null) {
            conditions.add("zone = ?");
            parameters.add(zone.wireValue());
        }
        if (conditions.isEmpty()) {
            conditions.add("parent_id IS NULL");
        }
        return new Query(" WHERE " + String.join(" AND ", conditions), parameters);
    }

    /**
     * Adds {@code delta[0]} to the capacity and {@code delta[1]} to the occupancy of each location
     * (by id) in one statement, and returns each changed row as it is now with its counters before.
     * The rows are locked in the lock order first (boxes, then by depth and id): the ordered
     * {@code FOR UPDATE} takes the locks as it returns rows, and the UPDATE only reaches a row that
     * scan has returned. A box whose occupancy rises has held a sample, so its geometry is fixed from
     * then on (ST-2).
     */
    public List<CounterChange> adjust(Map<UUID, int[]> deltas) {
        List<UUID> ids = deltas.entrySet().stream()
                .filter(e -> e.getValue()[0] != 0 || e.getValue()[1] != 0)
                .map(Map.Entry::getKey)
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Integer[] capacity = ids.stream().map(id -> deltas.get(id)[0]).toArray(Integer[]::new);
        Integer[] occupied = ids.stream().map(id -> deltas.get(id)[1]).toArray(Integer[]::new);
        return jdbc.list(
                "WITH delta (id, capacity, occupied) AS (SELECT * FROM unnest(?::uuid[], ?::int[], ?::int[])), "
                        + "locked AS (SELECT id FROM locations WHERE id IN (SELECT id FROM delta) "
                        + "ORDER BY depth <> " + LocationKind.BOX.depth() + ", depth, id FOR UPDATE) "
                        + "UPDATE locations l SET capacity = l.capacity + d.capacity, occupied = l.occupied + d.occupied, "
                        + "geometry_locked = l.geometry_locked OR (l.kind = 'box' AND d.occupied > 0) "
                        + "FROM delta d WHERE l.id = d.id AND l.id IN (SELECT id FROM locked) "
                        + "RETURNING l." + COLUMNS.replace(", ", ", l.") + ", d.capacity AS capacity_delta, "
                        + "d.occupied AS occupied_delta",
                row -> new CounterChange(
                        location(row),
                        row.getInt("capacity") - row.getInt("capacity_delta"),
                        row.getInt("occupied") - row.getInt("occupied_delta")),
                Jdbc.ids(ids),
                capacity,
                occupied);
    }

    /** One location's counters changed: the row as it is now, and its counters before. */
    public record CounterChange(Location location, int capacityBefore, int occupiedBefore) {}

    public void changeGeometry(UUID boxId, int rows, int columns) {
        jdbc.update(
                "UPDATE locations SET box_rows = ?, box_columns = ?, capacity = ? WHERE id = ?",
                rows,
                columns,
                rows * columns,
                boxId);
    }

    public void delete(UUID id) {
        jdbc.update("DELETE FROM locations WHERE id = ?", id);
    }

    /** Everything at or below {@code id}, the location itself included. */
    public List<Location> subtree(UUID id) {
        return jdbc.list(
                "SELECT " + COLUMNS + " FROM locations WHERE path @> ARRAY[?]::uuid[]",
                LocationRepository::location,
                id);
    }

    /** Re-roots the subtree of {@code moved} under {@code newParentPath} and sets its zone where it follows a unit. */
    public void reparent(Location moved, List<UUID> newParentPath, TemperatureZone newZone) {
        int oldDepth = moved.path().size();
        jdbc.update(
                "UPDATE locations SET path = ?::uuid[] || path[?:] WHERE path @> ARRAY[?]::uuid[]",
                Jdbc.ids(newParentPath),
                oldDepth,
                moved.id());
        jdbc.update(
                "UPDATE locations SET parent_id = ? WHERE id = ?",
                newParentPath.get(newParentPath.size() - 1),
                moved.id());
        if (!moved.kind().isUnit()) {
            jdbc.update(
                    "UPDATE locations SET zone = ? WHERE path @> ARRAY[?]::uuid[]",
                    Jdbc.orNull(newZone == null ? null : newZone.wireValue(), Jdbc.Null.TEXT),
                    moved.id());
        }
    }

    /** Boxes with a free position, in storage order (name, id), by zone and/or inside a location. */
    public List<Location> boxesWithRoom(TemperatureZone zone, UUID within, int limit) {
        List<String> conditions = new ArrayList<>(List.of("kind = 'box'", "occupied < capacity"));
        List<Object> parameters = new ArrayList<>();
        if (zone != null) {
            conditions.add("zone = ?");
            parameters.add(zone.wireValue());
        }
        if (within != null) {
            conditions.add("path @> ARRAY[?]::uuid[]");
            parameters.add(within);
        }
        parameters.add(limit);
        return jdbc.list(
                "SELECT " + COLUMNS + " FROM locations WHERE " + String.join(" AND ", conditions)
                        + " ORDER BY zone, name, id LIMIT ?",
                LocationRepository::location,
                parameters.toArray());
    }

    public List<Location> units() {
        return jdbc.list(
                "SELECT " + COLUMNS + " FROM locations WHERE depth = 2 ORDER BY name, id",
                LocationRepository::location);
    }

    static Location location(ResultSet row) throws SQLException {
        return new Location(
                Jdbc.uuid(row, "id"),
                LocationKind.fromWire(row.getString("kind")),
                row.getString("name"),
                Jdbc.uuid(row, "parent_id"),
                Jdbc.uuids(row, "path"),
                TemperatureZone.fromWire(row.getString("zone")),
                Jdbc.integer(row, "box_rows"),
                Jdbc.integer(row, "box_columns"),
                row.getBoolean("geometry_locked"),
                row.getInt("capacity"),
                row.getInt("occupied"),
                row.getString("description"),
                Jdbc.instant(row, "created_at"),
                row.getString("created_by"));
    }
}
