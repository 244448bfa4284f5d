package org.tracseq.storage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tracseq.storage.domain.CapacityStatus;
import org.tracseq.storage.domain.EventKind;
import org.tracseq.storage.domain.Location;
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
    StorageSettings settings;

    /** Collects deltas per location before they are applied together. */
    public static final class Changes {
        private final Map<UUID, int[]> deltas = new LinkedHashMap<>();
        private final Map<UUID, Integer> depths = new HashMap<>();

        /** {@code path}: the location's path (facility first, itself last); every one of them changes. */
        public Changes add(List<UUID> path, int capacity, int occupied) {
            for (int depth = 0; depth < path.size(); depth++) {
                UUID id = path.get(depth);
                depths.put(id, depth);
                int[] delta = deltas.computeIfAbsent(id, key -> new int[2]);
                delta[0] += capacity;
                delta[1] += occupied;
            }
            return this;
        }

        Map<UUID, int[]> deltas() {
            return deltas;
        }

        Map<UUID, Integer> depths() {
            return depths;
        }
    }

    public void apply(Changes changes, String actor, Instant at) {
        for (LocationRepository.CounterChange change : locations.adjust(changes.deltas(), changes.depths())) {
            CapacityStatus before = settings.thresholds().of(change.occupiedBefore(), change.capacityBefore());
            CapacityStatus after = settings.thresholds().of(change.occupiedAfter(), change.capacityAfter());
            if (before != after) {
                Location location = locations.find(change.id()).orElseThrow();
                events.append(EventKind.CAPACITY_CHANGED, null, null, null, null, null, null, change.id(),
                        new HashSet<>(location.path()), actor, at, null, null, location.name() + ": " + before.wireValue() + " -> "
                                + after.wireValue() + " (" + change.occupiedAfter() + " of " + change.capacityAfter()
                                + " positions)");
            }
        }
    }
}
