package org.tracseq.storage.domain;

import java.util.Locale;

/** ST-8 custody events and the ST-5/ST-9 events of locations. */
public enum EventKind {
    RECEIVED,
    RECEIPT_FAILED,
    PLACED,
    MOVED,
    CHECKED_OUT,
    CHECKED_IN,
    RELEASED,
    DISCARDED,
    CAPACITY_CHANGED,
    TEMPERATURE_ALERT,
    ALERT_ACKNOWLEDGED;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventKind fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
