package org.tracseq.storage.domain;

import java.math.BigDecimal;

/** The readings (°C, inclusive) a unit's zone expects (ST-9). */
public record TemperatureRange(BigDecimal minimum, BigDecimal maximum) {
    public TemperatureRange {
        if (minimum.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("minimum " + minimum + " is above maximum " + maximum);
        }
    }

    public boolean contains(BigDecimal temperature) {
        return temperature.compareTo(minimum) >= 0 && temperature.compareTo(maximum) <= 0;
    }

    /** Empty when in range; otherwise which way it is off. */
    public java.util.Optional<AlertKind> breach(BigDecimal temperature) {
        if (temperature.compareTo(maximum) > 0) {
            return java.util.Optional.of(AlertKind.TOO_WARM);
        }
        if (temperature.compareTo(minimum) < 0) {
            return java.util.Optional.of(AlertKind.TOO_COLD);
        }
        return java.util.Optional.empty();
    }

    public enum AlertKind {
        TOO_WARM,
        TOO_COLD;

        public String wireValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
