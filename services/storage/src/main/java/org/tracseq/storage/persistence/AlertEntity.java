package org.tracseq.storage.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.tracseq.storage.domain.TemperatureAlert;

/**
 * A row of {@code alerts} (ST-9). Raised or extended by one native upsert and acknowledged by a
 * conditional UPDATE (a partial unique index keeps one open alert per unit); read here.
 */
@Entity
@Table(name = "alerts")
public class AlertEntity {
    @Id
    private UUID id;

    @Column(name = "unit_id")
    private UUID unitId;

    @Column(name = "unit_name")
    private String unitName;

    private String zone;

    private String kind;

    private BigDecimal minimum;

    private BigDecimal maximum;

    @Column(name = "first_temperature")
    private BigDecimal firstTemperature;

    @Column(name = "last_temperature")
    private BigDecimal lastTemperature;

    private int readings;

    @Column(name = "raised_at")
    private OffsetDateTime raisedAt;

    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    private String note;

    protected AlertEntity() {}

    public TemperatureAlert toAlert() {
        return new TemperatureAlert(
                id,
                unitId,
                unitName,
                zone,
                kind,
                minimum,
                maximum,
                firstTemperature,
                lastTemperature,
                readings,
                raisedAt.toInstant(),
                acknowledgedAt == null ? null : acknowledgedAt.toInstant(),
                acknowledgedBy,
                note);
    }
}
