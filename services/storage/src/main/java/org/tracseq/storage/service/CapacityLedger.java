package org.tracseq.storage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tracseq.storage.domain.CapacityStatus;
import org.tracseq.storage.domain.EventKind;
import org.tracseq.storage.domain.Location;
import org.tracseq.storage.domain.NewEvent;
import org.tracseq.storage.persistence.EventRepository;
import org.tracseq.storage.persistence.LocationRepository;

/**
 * ST-5: applies capacity and occupancy changes to a location and every ancestor, in the lock order,
 * and appends an event for each location whose status crosses a threshold (either way).
 */
@ApplicationScoped
public class CapacityLedger {
    @Inject
    LocationRepository locations;

    @Inject
    EventRepository events;

    @Inject
    StorageRules rules;

    /** Collects deltas per location before they are applied together. */
    public static final class Changes {
        private final Map<UUID, int[]> deltas = new LinkedHashMap<>();

        /** {@code path}: the location's path (facility first, itself last); every one of them changes. */
        public Changes add(List<UUID> path, int capacity, int occupied) {
            for (UUID id : path) {
                int[] delta = deltas.computeIfAbsent(id, key -> new int[2]);
                delta[0] += capacity;
                delta[1] += occupied;
            }
            return this;
        }
    }

    /** Returns the changed locations as they are now, by id (callers answer with them instead of reading again). */
    public Map<UUID, Location> apply(Changes changes, String actor, Instant at) {
        Map<UUID, Location> changed = new HashMap<>();
        for (LocationRepository.CounterChange change : locations.adjust(changes.deltas)) {
            Location location = change.location();
            changed.put(location.id(), location);
            CapacityStatus before = rules.thresholds().of(change.occupiedBefore(), change.capacityBefore());
            CapacityStatus after = rules.thresholds().of(location.occupied(), location.capacity());
            if (before != after) {
                events.append(NewEvent.of(EventKind.CAPACITY_CHANGED, actor, at)
                        .location(location.id())
                        .touching(location.path())
                        .detail(location.name() + ": " + before.wireValue() + " -> " + after.wireValue() + " ("
                                + location.occupied() + " of " + location.capacity() + " positions)"));
            }
        }
        return changed;
    }
}
