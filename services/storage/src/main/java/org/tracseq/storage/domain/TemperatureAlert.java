package org.tracseq.storage.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A unit's readings left its zone's range (ST-9): open until acknowledged, counting every further
 * reading outside meanwhile. {@code zone} and {@code kind} are wire values.
 */
public record TemperatureAlert(
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
