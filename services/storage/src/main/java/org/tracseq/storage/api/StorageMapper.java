package org.tracseq.storage.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracseq.contract.storage.model.Alert;
import org.tracseq.contract.storage.model.AlertKind;
import org.tracseq.contract.storage.model.BoxGrid;
import org.tracseq.contract.storage.model.CapacityStatus;
import org.tracseq.contract.storage.model.Condition;
import org.tracseq.contract.storage.model.CustodyEvent;
import org.tracseq.contract.storage.model.CustodyEventPage;
import org.tracseq.contract.storage.model.EventKind;
import org.tracseq.contract.storage.model.GridCell;
import org.tracseq.contract.storage.model.LocationKind;
import org.tracseq.contract.storage.model.LocationRef;
import org.tracseq.contract.storage.model.Occupancy;
import org.tracseq.contract.storage.model.Position;
import org.tracseq.contract.storage.model.PositionRef;
import org.tracseq.contract.storage.model.Reading;
import org.tracseq.contract.storage.model.StorageLocation;
import org.tracseq.contract.storage.model.StorageState;
import org.tracseq.contract.storage.model.StoredSample;
import org.tracseq.contract.storage.model.TemperatureZone;
import org.tracseq.platform.paging.Page;
import org.tracseq.storage.domain.BoxGeometry;
import org.tracseq.storage.domain.Event;
import org.tracseq.storage.domain.Location;
import org.tracseq.storage.domain.Occupant;
import org.tracseq.storage.domain.SensorReading;
import org.tracseq.storage.domain.TemperatureAlert;
import org.tracseq.storage.service.Views;

/** Domain rows to contract models. Enums cross by their wire values. */
final class StorageMapper {
    private StorageMapper() {}

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static TemperatureZone zone(org.tracseq.storage.domain.TemperatureZone zone) {
        return zone == null ? null : TemperatureZone.fromValue(zone.wireValue());
    }

    static LocationKind kind(org.tracseq.storage.domain.LocationKind kind) {
        return LocationKind.fromValue(kind.wireValue());
    }

    static org.tracseq.storage.domain.LocationKind kind(LocationKind kind) {
        return kind == null ? null : org.tracseq.storage.domain.LocationKind.fromWire(kind.toString());
    }

    static org.tracseq.storage.domain.TemperatureZone zone(TemperatureZone zone) {
        return zone == null ? null : org.tracseq.storage.domain.TemperatureZone.fromWire(zone.toString());
    }

    static String condition(Condition condition) {
        return condition == null ? null : condition.toString();
    }

    static LocationRef ref(Location location) {
        return new LocationRef().id(location.id()).kind(kind(location.kind())).name(location.name());
    }

    static StorageLocation location(Location location, List<Location> path, CapacityStatus status) {
        return new StorageLocation()
                .id(location.id())
                .kind(kind(location.kind()))
                .name(location.name())
                .parentId(location.parentId())
                .path(path.stream().map(StorageMapper::ref).toList())
                .zone(zone(location.zone()))
                .rows(location.rows())
                .columns(location.columns())
                .geometryLocked(
                        location.kind() == org.tracseq.storage.domain.LocationKind.BOX
                                ? location.geometryLocked()
                                : null)
                .capacity(location.capacity())
                .occupied(location.occupied())
                .free(location.capacity() - location.occupied())
                .capacityStatus(status)
                .description(location.description())
                .createdAt(time(location.createdAt()))
                .createdBy(location.createdBy());
    }

    static CapacityStatus status(org.tracseq.storage.domain.CapacityStatus status) {
        return CapacityStatus.fromValue(status.wireValue());
    }

    static StoredSample item(Views.ItemView view) {
        var item = view.item();
        StoredSample sample = new StoredSample()
                .sampleId(item.sampleId())
                .barcode(item.barcode())
                .sampleType(item.sampleType())
                .state(StorageState.fromValue(item.state().wireValue()))
                .freezeThawCount(item.freezeThawCount())
                .freezeThawWarning(view.freezeThawWarning())
                .updatedAt(time(item.updatedAt()));
        if (item.position() != null && view.box() != null) {
            sample.position(new Position()
                    .boxId(item.position().boxId())
                    .position(item.position().label())
                    .row(item.position().row())
                    .column(item.position().column())
                    .zone(zone(view.box().zone()))
                    .path(view.boxPath().stream().map(StorageMapper::ref).toList()));
        }
        return sample;
    }

    static BoxGrid grid(Views.Grid grid) {
        Location box = grid.box();
        Map<Integer, Occupant> byCell = new HashMap<>();
        grid.occupants().forEach(occupant -> byCell.put(occupant.row() * 1000 + occupant.column(), occupant));
        List<GridCell> cells = new ArrayList<>(box.capacity());
        for (int row = 1; row <= box.rows(); row++) {
            for (int column = 1; column <= box.columns(); column++) {
                GridCell cell = new GridCell()
                        .position(BoxGeometry.label(row, column))
                        .row(row)
                        .column(column);
                Occupant occupant = byCell.get(row * 1000 + column);
                if (occupant != null) {
                    cell.sampleId(occupant.sampleId())
                            .barcode(occupant.barcode())
                            .state(StorageState.fromValue(occupant.state().wireValue()));
                }
                cells.add(cell);
            }
        }
        return new BoxGrid()
                .boxId(box.id())
                .name(box.name())
                .zone(zone(box.zone()))
                .rows(box.rows())
                .columns(box.columns())
                .occupied(grid.occupants().size())
                .cells(cells);
    }

    static CustodyEvent event(Event event) {
        return new CustodyEvent()
                .id(event.id())
                .kind(EventKind.fromValue(event.kind().wireValue()))
                .sampleId(event.sampleId())
                .barcode(event.barcode())
                .from(
                        event.fromBox() == null
                                ? null
                                : new PositionRef().boxId(event.fromBox()).position(event.fromPosition()))
                .to(
                        event.toBox() == null
                                ? null
                                : new PositionRef().boxId(event.toBox()).position(event.toPosition()))
                .locationId(event.locationId())
                .actor(event.actor())
                .at(time(event.at()))
                .condition(event.condition() == null ? null : Condition.fromValue(event.condition()))
                .note(event.note())
                .detail(event.detail());
    }

    static CustodyEventPage events(Page<Event> page) {
        return new CustodyEventPage()
                .items(page.items().stream().map(StorageMapper::event).toList())
                .page(page.page())
                .size(page.size())
                .total(page.total());
    }

    static Occupancy occupancy(long capacity, long occupied, org.tracseq.storage.domain.CapacityStatus status) {
        BigDecimal percent = capacity == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(occupied * 100).divide(BigDecimal.valueOf(capacity), 1, RoundingMode.HALF_UP);
        return new Occupancy()
                .capacity((int) capacity)
                .occupied((int) occupied)
                .free((int) (capacity - occupied))
                .percent(percent)
                .capacityStatus(status(status));
    }

    static Reading reading(SensorReading reading) {
        return new Reading()
                .id(reading.id())
                .unitId(reading.unitId())
                .sensorId(reading.sensorId())
                .temperature(reading.temperature())
                .measuredAt(time(reading.measuredAt()))
                .withinRange(reading.withinRange());
    }

    static Alert alert(TemperatureAlert alert) {
        return new Alert()
                .id(alert.id())
                .unitId(alert.unitId())
                .unitName(alert.unitName())
                .zone(TemperatureZone.fromValue(alert.zone()))
                .kind(AlertKind.fromValue(alert.kind()))
                .minimum(alert.minimum())
                .maximum(alert.maximum())
                .firstTemperature(alert.firstTemperature())
                .lastTemperature(alert.lastTemperature())
                .readings(alert.readings())
                .raisedAt(time(alert.raisedAt()))
                .acknowledgedAt(time(alert.acknowledgedAt()))
                .acknowledgedBy(alert.acknowledgedBy())
                .note(alert.note());
    }
}
