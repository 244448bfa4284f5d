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
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.storage.domain.EventKind;
import org.tracseq.storage.domain.Location;
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
    StorageSettings settings;

    /** One reading to record. */
    public record ReadingDraft(UUID unitId, BigDecimal temperature, String sensorId, Instant measuredAt) {}

    /** A recorded reading and the alert it raised or extended, if any. */
    public record Recorded(SensorRepository.Reading reading, SensorRepository.Alert alert, boolean raised) {}

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
            TemperatureRange range = settings.range(unit.zone());
            Optional<TemperatureRange.AlertKind> breach = range.breach(draft.temperature());
            Instant measured = draft.measuredAt() == null ? now : draft.measuredAt();
            SensorRepository.Reading reading = sensors.insertReading(
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
                events.append(
                        EventKind.TEMPERATURE_ALERT,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        unit.id(),
                        Set.copyOf(unit.path()),
                        actor,
                        now,
                        null,
                        null,
                        unit.name() + " at "
                                + draft.temperature().toPlainString() + " °C, outside "
                                + range.minimum().toPlainString()
                                + " to " + range.maximum().toPlainString() + " °C ("
                                + unit.zone().wireValue() + ")");
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
    public SensorRepository.Alert acknowledge(UUID alertId, String note, String actor) {
        Instant now = now();
        SensorRepository.Alert alert = sensors.acknowledge(alertId, actor, note, now)
                .orElseThrow(() -> sensors.findAlert(alertId)
                        .<ProblemException>map(existing -> RuleViolation.conflict(
                                "ST-9", "This alert was acknowledged already, by " + existing.acknowledgedBy()))
                        .orElseGet(() -> ProblemException.notFound("Alert", alertId)));
        Set<UUID> path =
                locations.find(alert.unitId()).map(l -> Set.copyOf(l.path())).orElse(Set.of(alert.unitId()));
        events.append(
                EventKind.ALERT_ACKNOWLEDGED,
                null,
                null,
                null,
                null,
                null,
                null,
                alert.unitId(),
                path,
                actor,
                now,
                null,
                note,
                alert.unitName() + ": " + alert.kind() + " alert acknowledged");
        return alert;
    }

    @Transactional
    public List<SensorRepository.Reading> readings(UUID unitId, int offset, int limit) {
        unit(unitId);
        return sensors.readings(unitId, offset, limit);
    }

    @Transactional
    public long countReadings(UUID unitId) {
        return sensors.countReadings(unitId);
    }

    @Transactional
    public List<SensorRepository.Alert> alerts(String state, int offset, int limit) {
        return sensors.alerts(state, offset, limit);
    }

    @Transactional
    public long countAlerts(String state) {
        return sensors.countAlerts(state);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
