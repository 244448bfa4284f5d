package org.tracseq.storage.domain;

import java.util.Locale;

/** Which temperature alerts a list shows (ST-9): the open ones (the default), the acknowledged ones, or all. */
public enum AlertFilter {
    OPEN,
    ACKNOWLEDGED,
    ALL;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
