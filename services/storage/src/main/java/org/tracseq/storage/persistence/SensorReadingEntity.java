package org.tracseq.storage.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.tracseq.storage.domain.SensorReading;

/**
 * A row of {@code sensor_readings} (ST-9), append-only like the custody log. Inserted by a native
 * {@code INSERT … RETURNING id}, one round trip per reading.
 */
@Entity
@Table(name = "sensor_readings")
public class SensorReadingEntity {
    @Id
    private long id;

    @Column(name = "unit_id")
    private UUID unitId;

    @Column(name = "sensor_id")
    private String sensorId;

    private BigDecimal temperature;

    @Column(name = "measured_at")
    private OffsetDateTime measuredAt;

    @Column(name = "within_range")
    private boolean withinRange;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected SensorReadingEntity() {}

    public SensorReading toReading() {
        return new SensorReading(id, unitId, sensorId, temperature, measuredAt.toInstant(), withinRange);
    }
}
