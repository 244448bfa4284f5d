package org.tracseq.storage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.storage.domain.BoxGeometry;
import org.tracseq.storage.domain.Event;
import org.tracseq.storage.domain.Hierarchy;
import org.tracseq.storage.domain.Location;
import org.tracseq.storage.domain.LocationKind;
import org.tracseq.storage.domain.Occupant;
import org.tracseq.storage.domain.TemperatureZone;
import org.tracseq.storage.domain.ZoneRules;
import org.tracseq.storage.persistence.EventRepository;
import org.tracseq.storage.persistence.ItemRepository;
import org.tracseq.storage.persistence.LocationRepository;

/** The hierarchy (ST-1), box geometry (ST-2), grids, free positions and occupancy (ST-5). */
@ApplicationScoped
public class LocationService {
    private final Clock clock = Clock.systemUTC();

    @Inject
    LocationRepository locations;

    @Inject
    ItemRepository items;

    @Inject
    EventRepository events;

    @Inject
    CapacityLedger ledger;

    @Inject
    StorageRules rules;

    /** What a new location is to be. */
    public record Draft(
            LocationKind kind,
            String name,
            UUID parentId,
            TemperatureZone zone,
            Integer rows,
            Integer columns,
            String description) {}

    @Transactional
    public Views.LocationView create(Draft draft, String actor) {
        Location parent = draft.parentId() == null
                ? null
                : locations
                        .find(draft.parentId())
                        .orElseThrow(() -> ProblemException.notFound("Parent location", draft.parentId()));
        Hierarchy.checkParent(draft.kind(), parent == null ? null : parent.kind());
        ZoneRules.checkUnitZone(draft.kind(), draft.zone());
        int capacity = 0;
        if (draft.kind() == LocationKind.BOX) {
            if (draft.rows() == null || draft.columns() == null) {
                throw RuleViolation.unprocessable(
                        BoxGeometry.RULE, "A box needs rows and columns, e.g. 9 × 9, " + "10 × 10 or 8 × 12");
            }
            capacity = new BoxGeometry(draft.rows(), draft.columns()).capacity();
        } else if (draft.rows() != null || draft.columns() != null) {
            throw RuleViolation.unprocessable(BoxGeometry.RULE, "Only a box has rows and columns");
        }
        if (locations.nameTaken(draft.parentId(), draft.name())) {
            throw ProblemException.conflict("'" + draft.name() + "' already exists "
                    + (parent == null ? "as a facility" : "in " + parent.name()) + "; choose another name");
        }
        Instant now = now();
        UUID id = UUID.randomUUID();
        List<UUID> path = new ArrayList<>(parent == null ? List.of() : parent.path());
        path.add(id);
        TemperatureZone zone = draft.kind().isUnit() ? draft.zone() : parent == null ? null : parent.zone();
        Location location = new Location(
                id,
                draft.kind(),
                draft.name(),
                draft.parentId(),
                List.copyOf(path),
                zone,
                draft.rows(),
                draft.columns(),
                false,
                capacity,
                0,
                draft.description(),
                now,
                actor);
        locations.insert(location);
        if (capacity > 0) {
            ledger.apply(new CapacityLedger.Changes().add(location.ancestors(), capacity, 0), actor, now);
        }
        return view(id);
    }

    @Transactional
    public Views.LocationView view(UUID id) {
        List<Location> path = locations.path(id);
        if (path.isEmpty()) {
            throw ProblemException.notFound("Location", id);
        }
        return new Views.LocationView(path.get(path.size() - 1), path);
    }

    private Location find(UUID id) {
        return locations.find(id).orElseThrow(() -> ProblemException.notFound("Location", id));
    }

    /** One page of locations and their total, from one transaction. */
    @Transactional
    public Page<Location> list(UUID parentId, LocationKind kind, TemperatureZone zone, PageRequest page) {
        return locations.list(parentId, kind, zone, page);
    }

    /** Deletes a location that holds nothing and returns it as it was. */
    @Transactional
    public Views.LocationView delete(UUID id, String actor) {
        Views.LocationView before = view(id);
        Location location = locations.lock(id).orElseThrow(() -> ProblemException.notFound("Location", id));
        Hierarchy.checkDeletable(location.name(), locations.countChildren(id), location.occupied());
        if (location.capacity() > 0) {
            ledger.apply(new CapacityLedger.Changes().add(location.ancestors(), -location.capacity(), 0), actor, now());
        }
        locations.delete(id);
        return before;
    }

    @Transactional
    public Views.LocationView changeGeometry(UUID id, int rows, int columns, String actor) {
        Location box = locations.lock(id).orElseThrow(() -> ProblemException.notFound("Location", id));
        BoxGeometry current = box.geometry();
        BoxGeometry.checkChangeable(box.geometryLocked() || box.occupied() > 0);
        BoxGeometry next = new BoxGeometry(rows, columns);
        locations.changeGeometry(id, rows, columns);
        int delta = next.capacity() - current.capacity();
        if (delta != 0) {
            ledger.apply(new CapacityLedger.Changes().add(box.ancestors(), delta, 0), actor, now());
        }
        return view(id);
    }

    /**
     * Re-parents a location with everything inside it. Boxes inside are locked first (the lock
     * order), so placements into them wait, and the zone check sees what is really there.
     */
    @Transactional
    public Views.LocationView move(UUID id, UUID parentId, String actor) {
        Location moved = find(id);
        Location parent = find(parentId);
        Hierarchy.checkParent(moved.kind(), parent.kind());
        Hierarchy.checkNoCycle(id, parent.path());
        if (parentId.equals(moved.parentId())) {
            return view(id);
        }
        List<UUID> boxes = locations.subtree(id).stream()
                .filter(l -> l.kind() == LocationKind.BOX)
                .map(Location::id)
                .toList();
        locations.lockBoxes(boxes);
        moved = locations.lock(id).orElseThrow(() -> ProblemException.notFound("Location", id));
        TemperatureZone zone = moved.kind().isUnit() ? moved.zone() : parent.zone();
        if (zone != moved.zone()) {
            checkContentsAllowed(id, zone);
        }
        locations.reparent(moved, parent.path(), zone);
        ledger.apply(
                new CapacityLedger.Changes()
                        .add(moved.ancestors(), -moved.capacity(), -moved.occupied())
                        .add(parent.path(), moved.capacity(), moved.occupied()),
                actor,
                now());
        return view(id);
    }

    private void checkContentsAllowed(UUID id, TemperatureZone zone) {
        ZoneRules zones = rules.zoneRules();
        List<String> refused = items.occupantsWithin(id).stream()
                .filter(occupant -> zone == null || !zones.allows(occupant.sampleType(), zone))
                .map(occupant -> occupant.barcode() + " (" + occupant.sampleType() + ")")
                .sorted()
                .toList();
        if (!refused.isEmpty()) {
            throw RuleViolation.conflict(
                    ZoneRules.RULE,
                    refused.size() + " sample(s) inside may not be kept at "
                            + (zone == null ? "no zone" : zone.wireValue()) + ": "
                            + String.join(", ", refused.subList(0, Math.min(10, refused.size())))
                            + "; move them out first");
        }
    }

    @Transactional
    public Views.Grid grid(UUID boxId) {
        Location box = find(boxId);
        box.geometry();
        return new Views.Grid(box, items.occupants(boxId));
    }

    /** Up to {@code count} free positions, boxes in storage order and cells row by row. */
    @Transactional
    public List<Views.FreePosition> freePositions(TemperatureZone zone, UUID within, int count) {
        if (within != null) {
            find(within);
        }
        List<Location> boxes = locations.boxesWithRoom(zone, within, count);
        Map<UUID, Set<Integer>> taken = new HashMap<>();
        for (Occupant occupant : items.taken(boxes.stream().map(Location::id).toList())) {
            taken.computeIfAbsent(occupant.boxId(), key -> new HashSet<>())
                    .add((occupant.row() - 1) * 100 + occupant.column());
        }
        List<Views.FreePosition> free = new ArrayList<>();
        for (Location box : boxes) {
            Set<Integer> cells = taken.getOrDefault(box.id(), Set.of());
            for (int row = 1; row <= box.rows() && free.size() < count; row++) {
                for (int column = 1; column <= box.columns() && free.size() < count; column++) {
                    if (!cells.contains((row - 1) * 100 + column)) {
                        free.add(new Views.FreePosition(box, BoxGeometry.label(row, column)));
                    }
                }
            }
            if (free.size() >= count) {
                break;
            }
        }
        return free;
    }

    @Transactional
    public List<Location> units() {
        return locations.units().stream()
                .sorted(Comparator.comparing(Location::name).thenComparing(Location::id))
                .toList();
    }

    /** ST-8: everything that happened in or below a location, newest first. */
    @Transactional
    public Page<Event> custody(UUID id, PageRequest page) {
        find(id);
        return events.ofLocation(id, page);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
