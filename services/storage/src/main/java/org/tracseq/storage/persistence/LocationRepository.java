package org.tracseq.storage.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
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
        jdbc.update("INSERT INTO locations (id, kind, name, parent_id, path, depth, zone, box_rows, box_columns, "
                        + "capacity, description, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                location.id(), location.kind().wireValue(), location.name(),
                Jdbc.orNull(location.parentId(), Jdbc.Null.UUID), Jdbc.ids(location.path()), location.kind().depth(),
                Jdbc.orNull(location.zone() == null ? null : location.zone().wireValue(), Jdbc.Null.TEXT),
                Jdbc.orNull(location.rows(), Jdbc.Null.INTEGER), Jdbc.orNull(location.columns(), Jdbc.Null.INTEGER),
                location.capacity(), Jdbc.orNull(location.description(), Jdbc.Null.TEXT), location.createdAt(),
                location.createdBy());
    }

    public Optional<Location> find(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM locations WHERE id = ?", LocationRepository::location, id);
    }

    public Optional<Location> lock(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM locations WHERE id = ? FOR UPDATE", LocationRepository::location, id);
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

    public List<Location> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.list("SELECT " + COLUMNS + " FROM locations WHERE id = ANY(?)", LocationRepository::location,
                (Object) Jdbc.ids(ids));
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
        return jdbc.list("SELECT " + COLUMNS + " FROM locations" + query.where + " ORDER BY name, id LIMIT ? OFFSET ?",
                LocationRepository::location, parameters.toArray());
    }

    public long count(UUID parentId, LocationKind kind, TemperatureZone zone) {
        Query query = filter(parentId, kind, zone);
        return jdbc.count("SELECT count(*) FROM locations" + query.where, query.parameters.toArray());
    }

    private record Query(String where, List<Object> parameters) {
    }

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
     * (keyed by id, with its depth), in lock order: boxes (depth 4) first, then by depth and id.
     * Returns each one's counters before and after.
     */
    public List<CounterChange> adjust(Map<UUID, int[]> deltas, Map<UUID, Integer> depths) {
        List<UUID> ordered = deltas.keySet().stream()
                .sorted(Comparator.comparing((UUID id) -> depths.get(id) == LocationKind.BOX.depth() ? 0 : 1)
                        .thenComparing(depths::get).thenComparing(id -> id))
                .toList();
        List<CounterChange> changes = new ArrayList<>();
        for (UUID id : ordered) {
            int[] delta = deltas.get(id);
            if (delta[0] == 0 && delta[1] == 0) {
                continue;
            }
            jdbc.one("UPDATE locations SET capacity = capacity + ?, occupied = occupied + ? WHERE id = ? "
                            + "RETURNING capacity, occupied",
                    row -> new CounterChange(id, row.getInt(1) - delta[0], row.getInt(2) - delta[1], row.getInt(1),
                            row.getInt(2)),
                    delta[0], delta[1], id).ifPresent(changes::add);
        }
        return changes;
    }

    /** One location's counters before and after a change. */
    public record CounterChange(UUID id, int capacityBefore, int occupiedBefore, int capacityAfter,
                                int occupiedAfter) {
    }

    public void lockGeometry(UUID boxId) {
        jdbc.update("UPDATE locations SET geometry_locked = true WHERE id = ? AND NOT geometry_locked", boxId);
    }

    public void changeGeometry(UUID boxId, int rows, int columns) {
        jdbc.update("UPDATE locations SET box_rows = ?, box_columns = ?, capacity = ? WHERE id = ?",
                rows, columns, rows * columns, boxId);
    }

    public void delete(UUID id) {
        jdbc.update("DELETE FROM locations WHERE id = ?", id);
    }

    /** Everything at or below {@code id}, the location itself included. */
    public List<Location> subtree(UUID id) {
        return jdbc.list("SELECT " + COLUMNS + " FROM locations WHERE path @> ARRAY[?]::uuid[]",
                LocationRepository::location, id);
    }

    /** Re-roots the subtree of {@code moved} under {@code newParentPath} and sets its zone where it follows a unit. */
    public void reparent(Location moved, List<UUID> newParentPath, TemperatureZone newZone) {
        int oldDepth = moved.path().size();
        jdbc.update("UPDATE locations SET path = ?::uuid[] || path[?:] WHERE path @> ARRAY[?]::uuid[]",
                Jdbc.ids(newParentPath), oldDepth, moved.id());
        jdbc.update("UPDATE locations SET parent_id = ? WHERE id = ?", newParentPath.get(newParentPath.size() - 1),
                moved.id());
        if (!moved.kind().isUnit()) {
            jdbc.update("UPDATE locations SET zone = ? WHERE path @> ARRAY[?]::uuid[]",
                    Jdbc.orNull(newZone == null ? null : newZone.wireValue(), Jdbc.Null.TEXT), moved.id());
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
        return jdbc.list("SELECT " + COLUMNS + " FROM locations WHERE " + String.join(" AND ", conditions)
                + " ORDER BY zone, name, id LIMIT ?", LocationRepository::location, parameters.toArray());
    }

    public List<Location> units() {
        return jdbc.list("SELECT " + COLUMNS + " FROM locations WHERE depth = 2 ORDER BY name, id",
                LocationRepository::location);
    }

    static Location location(ResultSet row) throws SQLException {
        return new Location(Jdbc.uuid(row, "id"), LocationKind.fromWire(row.getString("kind")), row.getString("name"),
                Jdbc.uuid(row, "parent_id"), Jdbc.uuids(row, "path"), TemperatureZone.fromWire(row.getString("zone")),
                Jdbc.integer(row, "box_rows"), Jdbc.integer(row, "box_columns"), row.getBoolean("geometry_locked"),
                row.getInt("capacity"), row.getInt("occupied"), row.getString("description"),
                Jdbc.instant(row, "created_at"), row.getString("created_by"));
    }
}
