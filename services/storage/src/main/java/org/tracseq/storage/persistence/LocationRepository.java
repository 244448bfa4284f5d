package org.tracseq.storage.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.persistence.NativeValues;
import org.tracseq.platform.persistence.PagedQuery;
import org.tracseq.storage.domain.Location;
import org.tracseq.storage.domain.LocationKind;
import org.tracseq.storage.domain.TemperatureZone;

/**
 * The hierarchy (ST-1) with its capacity counters (ST-5). Locks are always taken boxes first (by
 * id), then other locations by depth and id, so concurrent placements, moves and re-parenting can
 * never wait on each other in a circle. A location is found and locked through its entity; what
 * carries the rules (the counters, a path, a subtree, re-parenting, boxes with room) is SQL.
 * Native statements change rows the persistence context may hold, so every entity read refreshes
 * it from the database ({@link #REFRESH}).
 */
@ApplicationScoped
public class LocationRepository {
    /** Read the row again even when this transaction already holds the entity: native SQL may have changed it. */
    static final Map<String, Object> REFRESH = Map.of("eclipselink.refresh", "true");

    private static final String COLUMNS = "id, kind, name, parent_id, path, zone, box_rows, box_columns, "
            + "geometry_locked, capacity, occupied, description, created_at, created_by";

    @PersistenceContext(unitName = "storage")
    EntityManager em;

    public void insert(Location location) {
        em.createNativeQuery("INSERT INTO locations (id, kind, name, parent_id, path, depth, zone, box_rows, "
                        + "box_columns, capacity, description, created_at, created_by) VALUES (?1, ?2, ?3, "
                        + "CAST(?4 AS uuid), CAST(?5 AS uuid[]), ?6, ?7, CAST(?8 AS smallint), CAST(?9 AS smallint), "
                        + "?10, ?11, ?12, ?13)")
                .setParameter(1, location.id())
                .setParameter(2, location.kind().wireValue())
                .setParameter(3, location.name())
                .setParameter(4, location.parentId())
                .setParameter(5, NativeValues.array(location.path()))
                .setParameter(6, location.kind().depth())
                .setParameter(
                        7, location.zone() == null ? null : location.zone().wireValue())
                .setParameter(8, location.rows())
                .setParameter(9, location.columns())
                .setParameter(10, location.capacity())
                .setParameter(11, location.description())
                .setParameter(12, NativeValues.utc(location.createdAt()))
                .setParameter(13, location.createdBy())
                .executeUpdate();
    }

    public Optional<Location> find(UUID id) {
        return Optional.ofNullable(em.find(LocationEntity.class, id, REFRESH)).map(LocationEntity::toLocation);
    }

    /** The location, its row locked until the transaction ends ({@code SELECT … FOR UPDATE}). */
    public Optional<Location> lock(UUID id) {
        return Optional.ofNullable(em.find(LocationEntity.class, id, LockModeType.PESSIMISTIC_WRITE, REFRESH))
                .map(LocationEntity::toLocation);
    }

    /** Locks boxes in id order (the first step of the lock order). */
    public Map<UUID, Location> lockBoxes(Collection<UUID> boxIds) {
        List<UUID> sorted = boxIds.stream().distinct().sorted().toList();
        Map<UUID, Location> locked = new LinkedHashMap<>();
        for (UUID id : sorted) {
            lock(id).ifPresent(box -> locked.put(id, box));
        }
        return locked;
    }

    /** A location's path as rows: the facility first, the location itself last; empty when it does not exist. */
    public List<Location> path(UUID id) {
        return locations(em.createNativeQuery("SELECT a." + COLUMNS.replace(", ", ", a.")
                        + " FROM locations l JOIN locations a ON a.id = ANY(l.path) WHERE l.id = ?1 ORDER BY a.depth")
                .setParameter(1, id)
                .getResultList());
    }

    public long countChildren(UUID id) {
        return em.createQuery("SELECT COUNT(l) FROM LocationEntity l WHERE l.parentId = :parent", Long.class)
                .setParameter("parent", id)
                .getSingleResult();
    }

    public boolean nameTaken(UUID parentId, String name) {
        TypedQuery<Long> query = parentId == null
                ? em.createQuery(
                        "SELECT COUNT(l) FROM LocationEntity l WHERE l.parentId IS NULL AND l.name = :name", Long.class)
                : em.createQuery(
                                "SELECT COUNT(l) FROM LocationEntity l WHERE l.parentId = :parent AND l.name = :name",
                                Long.class)
                        .setParameter("parent", parentId);
        return query.setParameter("name", name).getSingleResult() > 0;
    }

    /** Locations by parent, kind and zone (facilities when no filter is given), by name. */
    public Page<Location> list(UUID parentId, LocationKind kind, TemperatureZone zone, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (parentId != null) {
            conditions.add("l.parentId = :parent");
            parameters.put("parent", parentId);
        }
        if (kind != null) {
            conditions.add("l.kind = :kind");
            parameters.put("kind", kind.wireValue());
        }
        if (zone != null) {
            conditions.add("l.zone = :zone");
            parameters.put("zone", zone.wireValue());
        }
        if (conditions.isEmpty()) {
            conditions.add("l.parentId IS NULL");
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        TypedQuery<LocationEntity> items = em.createQuery(
                "SELECT l FROM LocationEntity l" + where + " ORDER BY l.name, l.id", LocationEntity.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(l) FROM LocationEntity l" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        return PagedQuery.of(items, count, page).map(LocationEntity::toLocation);
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("WITH delta (id, capacity, occupied) AS (SELECT * FROM "
                        + "unnest(CAST(?1 AS uuid[]), CAST(?2 AS int[]), CAST(?3 AS int[]))), "
                        + "locked AS (SELECT id FROM locations WHERE id IN (SELECT id FROM delta) "
                        + "ORDER BY depth <> " + LocationKind.BOX.depth() + ", depth, id FOR UPDATE) "
                        + "UPDATE locations l SET capacity = l.capacity + d.capacity, occupied = l.occupied + d.occupied, "
                        + "geometry_locked = l.geometry_locked OR (l.kind = 'box' AND d.occupied > 0) "
                        + "FROM delta d WHERE l.id = d.id AND l.id IN (SELECT id FROM locked) "
                        + "RETURNING l." + COLUMNS.replace(", ", ", l.") + ", d.capacity, d.occupied")
                .setParameter(1, NativeValues.array(ids))
                .setParameter(
                        2,
                        NativeValues.array(
                                ids.stream().map(id -> deltas.get(id)[0]).toList()))
                .setParameter(
                        3,
                        NativeValues.array(
                                ids.stream().map(id -> deltas.get(id)[1]).toList()))
                .getResultList();
        return rows.stream()
                .map(row -> {
                    Location now = location(row);
                    return new CounterChange(
                            now,
                            now.capacity() - NativeValues.integer(row[14]),
                            now.occupied() - NativeValues.integer(row[15]));
                })
                .toList();
    }

    /** One location's counters changed: the row as it is now, and its counters before. */
    public record CounterChange(Location location, int capacityBefore, int occupiedBefore) {}

    public void changeGeometry(UUID boxId, int rows, int columns) {
        em.createNativeQuery("UPDATE locations SET box_rows = ?1, box_columns = ?2, capacity = ?3 WHERE id = ?4")
                .setParameter(1, rows)
                .setParameter(2, columns)
                .setParameter(3, rows * columns)
                .setParameter(4, boxId)
                .executeUpdate();
    }

    public void delete(UUID id) {
        em.createNativeQuery("DELETE FROM locations WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    /** Everything at or below {@code id}, the location itself included. */
    public List<Location> subtree(UUID id) {
        return locations(
                em.createNativeQuery("SELECT " + COLUMNS + " FROM locations WHERE path @> ARRAY[CAST(?1 AS uuid)]")
                        .setParameter(1, id)
                        .getResultList());
    }

    /** Re-roots the subtree of {@code moved} under {@code newParentPath} and sets its zone where it follows a unit. */
    public void reparent(Location moved, List<UUID> newParentPath, TemperatureZone newZone) {
        int oldDepth = moved.path().size();
        em.createNativeQuery("UPDATE locations SET path = CAST(?1 AS uuid[]) || path[?2:] "
                        + "WHERE path @> ARRAY[CAST(?3 AS uuid)]")
                .setParameter(1, NativeValues.array(newParentPath))
                .setParameter(2, oldDepth)
                .setParameter(3, moved.id())
                .executeUpdate();
        em.createNativeQuery("UPDATE locations SET parent_id = ?1 WHERE id = ?2")
                .setParameter(1, newParentPath.get(newParentPath.size() - 1))
                .setParameter(2, moved.id())
                .executeUpdate();
        if (!moved.kind().isUnit()) {
            em.createNativeQuery("UPDATE locations SET zone = ?1 WHERE path @> ARRAY[CAST(?2 AS uuid)]")
                    .setParameter(1, newZone == null ? null : newZone.wireValue())
                    .setParameter(2, moved.id())
                    .executeUpdate();
        }
    }

    /** Boxes with a free position, in storage order (name, id), by zone and/or inside a location. */
    public List<Location> boxesWithRoom(TemperatureZone zone, UUID within, int limit) {
        List<String> conditions = new ArrayList<>(List.of("kind = 'box'", "occupied < capacity"));
        List<Object> parameters = new ArrayList<>();
        if (zone != null) {
            parameters.add(zone.wireValue());
            conditions.add("zone = ?" + parameters.size());
        }
        if (within != null) {
            parameters.add(within);
            conditions.add("path @> ARRAY[CAST(?" + parameters.size() + " AS uuid)]");
        }
        parameters.add(limit);
        var query = em.createNativeQuery("SELECT " + COLUMNS + " FROM locations WHERE "
                + String.join(" AND ", conditions) + " ORDER BY zone, name, id LIMIT ?" + parameters.size());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return locations(query.getResultList());
    }

    /** How many storage units are filled to at least {@code basisPoints} hundredths of a percent (ST-5). */
    public long unitsFilledTo(long basisPoints) {
        return ((Number) em.createNativeQuery(
                                "SELECT count(*) FROM locations "
                                        + "WHERE depth = 2 AND capacity > 0 AND occupied::bigint * 10000 >= ?1 * capacity::bigint")
                        .setParameter(1, basisPoints)
                        .getSingleResult())
                .longValue();
    }

    /** Storage units (freezers, refrigerators, incubators, LN2 tanks), by name. */
    public List<Location> units() {
        return em
                .createQuery(
                        "SELECT l FROM LocationEntity l WHERE l.depth = 2 ORDER BY l.name, l.id", LocationEntity.class)
                .getResultList()
                .stream()
                .map(LocationEntity::toLocation)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Location> locations(List<?> rows) {
        return ((List<Object[]>) rows)
                .stream().map(LocationRepository::location).toList();
    }

    /** A row of {@link #COLUMNS}, in that order. */
    private static Location location(Object[] row) {
        return new Location(
                NativeValues.uuid(row[0]),
                LocationKind.fromWire(NativeValues.text(row[1])),
                NativeValues.text(row[2]),
                NativeValues.uuid(row[3]),
                NativeValues.uuids(row[4]),
                TemperatureZone.fromWire(NativeValues.text(row[5])),
                NativeValues.integer(row[6]),
                NativeValues.integer(row[7]),
                NativeValues.bool(row[8]),
                NativeValues.integer(row[9]),
                NativeValues.integer(row[10]),
                NativeValues.text(row[11]),
                NativeValues.instant(row[12]),
                NativeValues.text(row[13]));
    }
}
