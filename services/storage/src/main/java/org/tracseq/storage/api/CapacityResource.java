package org.tracseq.storage.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.tracseq.contract.storage.api.CapacityApi;
import org.tracseq.contract.storage.model.FreePosition;
import org.tracseq.contract.storage.model.FreePositions;
import org.tracseq.contract.storage.model.Occupancy;
import org.tracseq.contract.storage.model.OccupancyReport;
import org.tracseq.contract.storage.model.TemperatureZone;
import org.tracseq.platform.security.Roles;
import org.tracseq.storage.domain.Location;
import org.tracseq.storage.service.LocationService;
import org.tracseq.storage.service.StorageRules;

/** Capacity (ST-5): free positions and the occupancy report. */
@Path("")
@RequestScoped
public class CapacityResource implements CapacityApi {
    /** Timed in the method, not by {@code @Timed} (docs/metrics.md, "Timers"). */
    @Inject
    @Metric(name = "tracseq_storage_free_positions", absolute = true, description = "Time to find free positions")
    Timer freePositionsTimer;

    @Inject
    LocationService locations;

    @Inject
    StorageRules rules;

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response findFreePositions(TemperatureZone zone, UUID within, Integer count) {
        try (Timer.Context timed = freePositionsTimer.time()) {
            int n = count == null ? 1 : count;
            List<FreePosition> items = locations.freePositions(StorageMapper.zone(zone), within, n).stream()
                    .map(free -> new FreePosition()
                            .boxId(free.box().id())
                            .boxName(free.box().name())
                            .position(free.label())
                            .zone(StorageMapper.zone(free.box().zone())))
                    .toList();
            return Response.ok(new FreePositions().requested(n).items(items)).build();
        }
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getOccupancyReport() {
        List<Occupancy> units = new ArrayList<>();
        Map<String, long[]> zones = new TreeMap<>();
        for (Location unit : locations.units()) {
            units.add(StorageMapper.occupancy(
                            unit.capacity(), unit.occupied(), rules.thresholds().of(unit.occupied(), unit.capacity()))
                    .unitId(unit.id())
                    .name(unit.name())
                    .kind(StorageMapper.kind(unit.kind()))
                    .zone(StorageMapper.zone(unit.zone())));
            long[] zone = zones.computeIfAbsent(unit.zone().wireValue(), key -> new long[2]);
            zone[0] += unit.capacity();
            zone[1] += unit.occupied();
        }
        List<Occupancy> byZone = new ArrayList<>();
        zones.forEach((zone, counts) -> byZone.add(
                StorageMapper.occupancy(counts[0], counts[1], rules.thresholds().of(counts[1], counts[0]))
                        .zone(TemperatureZone.fromValue(zone))));
        return Response.ok(new OccupancyReport().units(units).zones(byZone)).build();
    }
}
