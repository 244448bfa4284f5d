package org.tracseq.samples.domain;

import java.util.Locale;

/** Volume units, each a power of ten of a litre, so conversions between them are exact. */
public enum VolumeUnit {
    NL(-9),
    UL(-6),
    ML(-3),
    L(0);

    private final int litreExponent;

    VolumeUnit(int litreExponent) {
        this.litreExponent = litreExponent;
    }

    int litreExponent() {
        return litreExponent;
    }

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VolumeUnit fromWire(String value) {
        return WireValues.parse(VolumeUnit.class, value);
    }
}
