package org.tracseq.storage.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.storage.domain.AlertFilter;
import org.tracseq.storage.domain.EventKind;
import org.tracseq.storage.domain.Location;
import org.tracseq.storage.domain.NewEvent;
import org.tracseq.storage.domain.SensorReading;
import org.tracseq.storage.domain.TemperatureAlert;
import org.tracseq.storage.domain.TemperatureRange;
import org.tracseq.storage.persistence.EventRepository;
import org.tracseq.storage.persistence.LocationRepository;
import org.tracseq.storage.persistence.SensorRepository;

/** ST-9: readings per storage unit; out of the zone's range they raise an alert (and an event) until acknowledged. */
@ApplicationScoped
public class SensorService {
    private final Clock clock = Clock.systemUTC();

    @Inject
    LocationRepository locations;

    @Inject
    SensorRepository sensors;

    @Inject
    EventRepository events;

    @Inject
    StorageRules rules;

    /** One reading to record. */
    public record ReadingDraft(UUID unitId, BigDecimal temperature, String sensorId, Instant measuredAt) {}

    /** A recorded reading and the alert it raised or extended, if any. */
    public record Recorded(SensorReading reading, TemperatureAlert alert, boolean raised) {}

    /** All or nothing: one unknown unit or a location that is not a unit refuses the whole batch. */
    @Transactional
    public List<Recorded> record(List<ReadingDraft> drafts, String actor) {
        Instant now = now();
        Map<UUID, Location> units = new HashMap<>();
        for (ReadingDraft draft : drafts) {
            units.computeIfAbsent(draft.unitId(), this::unit);
        }
        List<Recorded> recorded = new ArrayList<>();
        for (ReadingDraft draft : drafts) {
            Location unit = units.get(draft.unitId());
            TemperatureRange range = rules.range(unit.zone());
            Optional<TemperatureRange.AlertKind> breach = range.breach(draft.temperature());
            Instant measured = draft.measuredAt() == null ? now : draft.measuredAt();
            SensorReading reading = sensors.insertReading(
                    unit.id(), draft.sensorId(), draft.temperature(), measured, breach.isEmpty(), now, actor);
            if (breach.isEmpty()) {
                recorded.add(new Recorded(reading, null, false));
                continue;
            }
            SensorRepository.AlertUpdate update = sensors.raiseOrExtend(
                    unit.id(),
                    unit.name(),
                    unit.zone().wireValue(),
                    breach.get().wireValue(),
                    range.minimum(),
                    range.maximum(),
                    draft.temperature(),
                    now);
            if (update.raised()) {
                events.append(NewEvent.of(EventKind.TEMPERATURE_ALERT, actor, now)
                        .location(unit.id())
                        .touching(unit.path())
                        .detail(unit.name() + " at " + draft.temperature().toPlainString() + " °C, outside "
                                + range.minimum().toPlainString() + " to "
                                + range.maximum().toPlainString()
                                + " °C (" + unit.zone().wireValue() + ")"));
            }
            recorded.add(new Recorded(reading, update.alert(), update.raised()));
        }
        return recorded;
    }

    private Location unit(UUID id) {
        Location location = locations.find(id).orElseThrow(() -> ProblemException.notFound("Storage unit", id));
        if (!location.kind().isUnit()) {
            throw RuleViolation.unprocessable(
                    "ST-9",
                    "Readings belong to storage units (freezer, refrigerator, " + "incubator, ln2_tank); '"
                            + location.name() + "' is a " + location.kind().wireValue());
        }
        return location;
    }

    @Transactional
    public TemperatureAlert acknowledge(UUID alertId, String note, String actor) {
        Instant now = now();
        TemperatureAlert alert = sensors.acknowledge(alertId, actor, note, now)
                .orElseThrow(() -> sensors.findAlert(alertId)
                        .<ProblemException>map(existing -> RuleViolation.conflict(
                                "ST-9", "This alert was acknowledged already, by " + existing.acknowledgedBy()))
                        .orElseGet(() -> ProblemException.notFound("Alert", alertId)));
        Set<UUID> path =
                locations.find(alert.unitId()).map(l -> Set.copyOf(l.path())).orElse(Set.of(alert.unitId()));
        events.append(NewEvent.of(EventKind.ALERT_ACKNOWLEDGED, actor, now)
                .location(alert.unitId())
                .touching(path)
                .noted(null, note)
                .detail(alert.unitName() + ": " + alert.kind() + " alert acknowledged"));
        return alert;
    }

    /** A unit's readings, newest first, and their total, from one transaction. */
    @Transactional
    public Page<SensorReading> readings(UUID unitId, PageRequest page) {
        unit(unitId);
        return sensors.readings(unitId, page);
    }

    /** Alerts, newest first, and their total, from one transaction. */
    @Transactional
    public Page<TemperatureAlert> alerts(AlertFilter filter, PageRequest page) {
        return sensors.alerts(filter, page);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
