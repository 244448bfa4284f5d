package org.tracseq.storage.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.platform.db.ServiceDatabase;

/** Sensor readings and alerts (ST-9); at most one open alert per unit (a partial unique index). */
@ApplicationScoped
public class SensorRepository {
    private static final String ALERT_COLUMNS = "id, unit_id, unit_name, zone, kind, minimum, maximum, "
            + "first_temperature, last_temperature, readings, raised_at, acknowledged_at, acknowledged_by, note";

    @Inject
    ServiceDatabase database;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(database.dataSource());
    }

    public record Reading(
            long id, UUID unitId, String sensorId, BigDecimal temperature, Instant measuredAt, boolean withinRange) {}

    public record Alert(
            UUID id,
            UUID unitId,
            String unitName,
            String zone,
            String kind,
            BigDecimal minimum,
            BigDecimal maximum,
            BigDecimal firstTemperature,
            BigDecimal lastTemperature,
            int readings,
            Instant raisedAt,
            Instant acknowledgedAt,
            String acknowledgedBy,
            String note) {}

    /** An alert and whether this reading raised it (false: it extended an open one). */
    public record AlertUpdate(Alert alert, boolean raised) {}

    public Reading insertReading(
            UUID unitId,
            String sensorId,
            BigDecimal temperature,
            Instant measuredAt,
            boolean withinRange,
            Instant now,
            String actor) {
        long id = jdbc.one(
                        "INSERT INTO sensor_readings (unit_id, sensor_id, temperature, measured_at, within_range, "
                                + "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        row -> row.getLong(1),
                        unitId,
                        Jdbc.orNull(sensorId, Jdbc.Null.TEXT),
                        temperature,
                        measuredAt,
                        withinRange,
                        now,
                        actor)
                .orElseThrow();
        return new Reading(id, unitId, sensorId, temperature, measuredAt, withinRange);
    }

    /** Raises an alert for the unit, or counts the reading into its open one. */
    public AlertUpdate raiseOrExtend(
            UUID unitId,
            String unitName,
            String zone,
            String kind,
            BigDecimal minimum,
            BigDecimal maximum,
            BigDecimal temperature,
            Instant now) {
        return jdbc.one(
                        "INSERT INTO alerts AS a (id, unit_id, unit_name, zone, kind, minimum, maximum, "
                                + "first_temperature, last_temperature, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                + "ON CONFLICT (unit_id) WHERE acknowledged_at IS NULL DO UPDATE SET "
                                + "readings = a.readings + 1, last_temperature = EXCLUDED.last_temperature "
                                + "RETURNING " + ALERT_COLUMNS + ", (xmax = 0) AS raised",
                        row -> new AlertUpdate(alert(row), row.getBoolean("raised")),
                        UUID.randomUUID(),
                        unitId,
                        unitName,
                        zone,
                        kind,
                        minimum,
                        maximum,
                        temperature,
                        temperature,
                        now)
                .orElseThrow();
    }

    public List<Reading> readings(UUID unitId, int offset, int limit) {
        return jdbc.list(
                "SELECT id, unit_id, sensor_id, temperature, measured_at, within_range FROM sensor_readings "
                        + "WHERE unit_id = ? ORDER BY measured_at DESC, id DESC LIMIT ? OFFSET ?",
                row -> new Reading(
                        row.getLong("id"),
                        Jdbc.uuid(row, "unit_id"),
                        row.getString("sensor_id"),
                        row.getBigDecimal("temperature"),
                        Jdbc.instant(row, "measured_at"),
                        row.getBoolean("within_range")),
                unitId,
                limit,
                offset);
    }

    public long countReadings(UUID unitId) {
        return jdbc.count("SELECT count(*) FROM sensor_readings WHERE unit_id = ?", unitId);
    }

    public long countAllReadings() {
        return jdbc.count("SELECT count(*) FROM sensor_readings");
    }

    public Optional<Alert> findAlert(UUID id) {
        return jdbc.one("SELECT " + ALERT_COLUMNS + " FROM alerts WHERE id = ?", SensorRepository::alert, id);
    }

    /** Empty when the alert does not exist or was acknowledged already. */
    public Optional<Alert> acknowledge(UUID id, String actor, String note, Instant now) {
        return jdbc.one(
                "UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ?, note = ? "
                        + "WHERE id = ? AND acknowledged_at IS NULL RETURNING " + ALERT_COLUMNS,
                SensorRepository::alert,
                now,
                actor,
                Jdbc.orNull(note, Jdbc.Null.TEXT),
                id);
    }

    /** {@code state}: open, acknowledged or all. */
    public List<Alert> alerts(String state, int offset, int limit) {
        return jdbc.list(
                "SELECT " + ALERT_COLUMNS + " FROM alerts" + where(state)
                        + " ORDER BY raised_at DESC, id LIMIT ? OFFSET ?",
                SensorRepository::alert,
                limit,
                offset);
    }

    public long countAlerts(String state) {
        return jdbc.count("SELECT count(*) FROM alerts" + where(state));
    }

    private static String where(String state) {
        return switch (state) {
            case "open" -> " WHERE acknowledged_at IS NULL";
            case "acknowledged" -> " WHERE acknowledged_at IS NOT NULL";
            default -> "";
        };
    }

    private static Alert alert(ResultSet row) throws SQLException {
        return new Alert(
                Jdbc.uuid(row, "id"),
                Jdbc.uuid(row, "unit_id"),
                row.getString("unit_name"),
                row.getString("zone"),
                row.getString("kind"),
                row.getBigDecimal("minimum"),
                row.getBigDecimal("maximum"),
                row.getBigDecimal("first_temperature"),
                row.getBigDecimal("last_temperature"),
                row.getInt("readings"),
                Jdbc.instant(row, "raised_at"),
                Jdbc.instant(row, "acknowledged_at"),
                row.getString("acknowledged_by"),
                row.getString("note"));
    }
}
