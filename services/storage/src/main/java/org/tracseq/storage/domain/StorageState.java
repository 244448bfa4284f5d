package org.tracseq.storage.domain;

import java.util.Locale;

/** Where an item stands: in its position, out with the position reserved, without a position, or gone for good. */
public enum StorageState {
    STORED,
    CHECKED_OUT,
    RELEASED,
    DISCARDED;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StorageState fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** Holds a position (its own or a reserved one). */
    public boolean holdsPosition() {
        return this == STORED || this == CHECKED_OUT;
    }
}
