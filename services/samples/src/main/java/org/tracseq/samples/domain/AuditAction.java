package org.tracseq.samples.domain;

import java.util.Locale;

/** What an audit entry records. */
public enum AuditAction {
    CREATED,
    UPDATED,
    STATUS_CHANGED,
    VOLUME_TAKEN,
    PARENT_LINKED;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AuditAction fromWire(String value) {
        return WireValues.parse(AuditAction.class, value);
    }
}
