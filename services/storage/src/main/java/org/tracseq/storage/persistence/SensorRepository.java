package org.tracseq.storage.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.persistence.NativeValues;
import org.tracseq.platform.persistence.PagedQuery;
import org.tracseq.storage.domain.AlertFilter;
import org.tracseq.storage.domain.SensorReading;
import org.tracseq.storage.domain.TemperatureAlert;

/** Sensor readings and alerts (ST-9); at most one open alert per unit (a partial unique index). */
@ApplicationScoped
public class SensorRepository {
    private static final String ALERT_COLUMNS = "id, unit_id, unit_name, zone, kind, minimum, maximum, "
            + "first_temperature, last_temperature, readings, raised_at, acknowledged_at, acknowledged_by, note";

    @PersistenceContext(unitName = "storage")
    EntityManager em;

    /** An alert and whether this reading raised it (false: it extended an open one). */
    public record AlertUpdate(TemperatureAlert alert, boolean raised) {}

    /** Records a reading: one {@code INSERT … RETURNING id}. */
    public SensorReading insertReading(
            UUID unitId,
            String sensorId,
            BigDecimal temperature,
            Instant measuredAt,
            boolean withinRange,
            Instant now,
            String actor) {
        long id = NativeValues.number(
                em.createNativeQuery("INSERT INTO sensor_readings (unit_id, sensor_id, temperature, "
                                + "measured_at, within_range, recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                                + "RETURNING id")
                        .setParameter(1, unitId)
                        .setParameter(2, sensorId)
                        .setParameter(3, temperature)
                        .setParameter(4, NativeValues.utc(measuredAt))
                        .setParameter(5, withinRange)
                        .setParameter(6, NativeValues.utc(now))
                        .setParameter(7, actor)
                        .getSingleResult());
        return new SensorReading(id, unitId, sensorId, temperature, measuredAt, withinRange);
    }

    /** Raises an alert for the unit, or counts the reading into its open one: one upsert. */
    public AlertUpdate raiseOrExtend(
            UUID unitId,
            String unitName,
            String zone,
            String kind,
            BigDecimal minimum,
            BigDecimal maximum,
            BigDecimal temperature,
            Instant now) {
        Object[] row = (Object[]) em.createNativeQuery("INSERT INTO alerts AS a (id, unit_id, unit_name, zone, kind, "
                        + "minimum, maximum, first_temperature, last_temperature, raised_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9) "
                        + "ON CONFLICT (unit_id) WHERE acknowledged_at IS NULL DO UPDATE SET "
                        + "readings = a.readings + 1, last_temperature = EXCLUDED.last_temperature "
                        + "RETURNING " + ALERT_COLUMNS + ", (xmax = 0) AS raised")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, unitId)
                .setParameter(3, unitName)
                .setParameter(4, zone)
                .setParameter(5, kind)
                .setParameter(6, minimum)
                .setParameter(7, maximum)
                .setParameter(8, temperature)
                .setParameter(9, NativeValues.utc(now))
                .getSingleResult();
        return new AlertUpdate(alert(row), NativeValues.bool(row[14]));
    }

    /** A unit's readings, newest first. */
    public Page<SensorReading> readings(UUID unitId, PageRequest page) {
        return PagedQuery.of(
                        em.createQuery(
                                        "SELECT r FROM SensorReadingEntity r WHERE r.unitId = :unit "
                                                + "ORDER BY r.measuredAt DESC, r.id DESC",
                                        SensorReadingEntity.class)
                                .setParameter("unit", unitId),
                        em.createQuery("SELECT COUNT(r) FROM SensorReadingEntity r WHERE r.unitId = :unit", Long.class)
                                .setParameter("unit", unitId),
                        page)
                .map(SensorReadingEntity::toReading);
    }

    public Optional<TemperatureAlert> findAlert(UUID id) {
        return Optional.ofNullable(em.find(AlertEntity.class, id)).map(AlertEntity::toAlert);
    }

    /** Empty when the alert does not exist or was acknowledged already: one conditional UPDATE. */
    public Optional<TemperatureAlert> acknowledge(UUID id, String actor, String note, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("UPDATE alerts SET acknowledged_at = ?1, acknowledged_by = ?2, "
                        + "note = ?3 WHERE id = ?4 AND acknowledged_at IS NULL RETURNING " + ALERT_COLUMNS)
                .setParameter(1, NativeValues.utc(now))
                .setParameter(2, actor)
                .setParameter(3, note)
                .setParameter(4, id)
                .getResultList();
        return rows.stream().findFirst().map(SensorRepository::alert);
    }

    /** Alerts, newest first. */
    public Page<TemperatureAlert> alerts(AlertFilter filter, PageRequest page) {
        String where = switch (filter) {
            case OPEN -> " WHERE a.acknowledgedAt IS NULL";
            case ACKNOWLEDGED -> " WHERE a.acknowledgedAt IS NOT NULL";
            case ALL -> "";
        };
        return PagedQuery.of(
                        em.createQuery(
                                "SELECT a FROM AlertEntity a" + where + " ORDER BY a.raisedAt DESC, a.id",
                                AlertEntity.class),
                        em.createQuery("SELECT COUNT(a) FROM AlertEntity a" + where, Long.class),
                        page)
                .map(AlertEntity::toAlert);
    }

    /** A row of {@link #ALERT_COLUMNS}, in that order. */
    private static TemperatureAlert alert(Object[] row) {
        return new TemperatureAlert(
                NativeValues.uuid(row[0]),
                NativeValues.uuid(row[1]),
                NativeValues.text(row[2]),
                NativeValues.text(row[3]),
                NativeValues.text(row[4]),
                (BigDecimal) row[5],
                (BigDecimal) row[6],
                (BigDecimal) row[7],
                (BigDecimal) row[8],
                NativeValues.integer(row[9]),
                NativeValues.instant(row[10]),
                NativeValues.instant(row[11]),
                NativeValues.text(row[12]),
                NativeValues.text(row[13]));
    }
}
