package org.tracseq.samples.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A concentration with its unit; equal when the amounts are equal whatever the decimal scale. */
public record Concentration(BigDecimal value, ConcentrationUnit unit) {

    public Concentration {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Concentration other && unit == other.unit && value.compareTo(other.value) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value.stripTrailingZeros(), unit);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit.wireValue();
    }
}
