package org.tracseq.sequencing.domain;

import java.util.Locale;

/** Orders an instrument's queue: a higher priority runs first, equal ones in the order they were queued. */
public enum RunPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunPriority fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
