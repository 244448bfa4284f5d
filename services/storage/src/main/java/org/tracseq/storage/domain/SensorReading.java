package org.tracseq.storage.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One temperature reading of a storage unit (ST-9), °C. */
public record SensorReading(
        long id, UUID unitId, String sensorId, BigDecimal temperature, Instant measuredAt, boolean withinRange) {}
