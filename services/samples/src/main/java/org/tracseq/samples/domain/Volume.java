package org.tracseq.samples.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A volume with its unit. Equal when the amounts are equal in the same unit, whatever the decimal scale. */
public record Volume(BigDecimal value, VolumeUnit unit) implements Comparable<Volume> {

    public Volume {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Volume of(String value, VolumeUnit unit) {
        return new Volume(new BigDecimal(value), unit);
    }

    /** The same amount in another unit; exact, units being powers of ten. */
    public Volume in(VolumeUnit target) {
        return target == unit
                ? this
                : new Volume(value.movePointRight(unit.litreExponent() - target.litreExponent()), target);
    }

    public Volume minus(Volume other) {
        return new Volume(value.subtract(other.in(unit).value), unit);
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    @Override
    public int compareTo(Volume other) {
        VolumeUnit finer = unit.litreExponent() <= other.unit.litreExponent() ? unit : other.unit;
        return in(finer).value.compareTo(other.in(finer).value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Volume other && unit == other.unit && value.compareTo(other.value) == 0;
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
