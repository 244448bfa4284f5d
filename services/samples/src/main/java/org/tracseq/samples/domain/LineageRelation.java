package org.tracseq.samples.domain;

import java.util.Locale;

/** SM-2: how a child sample came from a parent. */
public enum LineageRelation {
    /** A portion of the parent: same type, a volume taken from the parent. */
    ALIQUOT,
    /** Made from the parent (e.g. DNA extracted from tissue): may have another type. */
    DERIVED,
    /** One of several parents combined into the child. */
    POOLED;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LineageRelation fromWire(String value) {
        return WireValues.parse(LineageRelation.class, value);
    }
}
