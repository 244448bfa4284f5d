package org.tracseq.storage.domain;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * ST-4 temperature zones, each with the range of readings that is in order (ST-9, our default,
 * overridable per zone) and whether taking an item out of it thaws the item (ST-6).
 */
public enum TemperatureZone {
    MINUS_80("-90", "-65", true),
    MINUS_20("-30", "-15", true),
    PLUS_4("2", "8", false),
    ROOM_TEMPERATURE("15", "25", false),
    LIQUID_NITROGEN("-210", "-150", true),
    INCUBATOR_37("36", "38", false);

    private final TemperatureRange defaultRange;
    private final boolean frozen;

    TemperatureZone(String minimum, String maximum, boolean frozen) {
        this.defaultRange = new TemperatureRange(new BigDecimal(minimum), new BigDecimal(maximum));
        this.frozen = frozen;
    }

    public TemperatureRange defaultRange() {
        return defaultRange;
    }

    /** Items kept here are frozen: checking one out counts a freeze-thaw cycle (ST-6). */
    public boolean frozen() {
        return frozen;
    }

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TemperatureZone fromWire(String value) {
        return value == null ? null : valueOf(value.toUpperCase(Locale.ROOT));
    }
}
