package org.tracseq.storage.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** ST-1: the levels of the storage hierarchy, outermost first; positions are the cells of a box. */
public enum LocationKind {
    FACILITY(0),
    ROOM(1),
    FREEZER(2),
    REFRIGERATOR(2),
    INCUBATOR(2),
    LN2_TANK(2),
    SHELF(3),
    RACK(3),
    BOX(4);

    private final int depth;

    LocationKind(int depth) {
        this.depth = depth;
    }

    public int depth() {
        return depth;
    }

    public boolean isUnit() {
        return depth == 2;
    }

    public static Set<LocationKind> units() {
        return EnumSet.of(FREEZER, REFRIGERATOR, INCUBATOR, LN2_TANK);
    }

    /** The kinds a location of this kind may hold directly (ST-1). */
    public Set<LocationKind> permittedChildren() {
        return switch (this) {
            case FACILITY -> EnumSet.of(ROOM);
            case ROOM -> units();
            case FREEZER, REFRIGERATOR, INCUBATOR, LN2_TANK -> EnumSet.of(SHELF, RACK);
            case SHELF, RACK -> EnumSet.of(BOX);
            case BOX -> EnumSet.noneOf(LocationKind.class);
        };
    }

    public boolean mayHold(LocationKind child) {
        return permittedChildren().contains(child);
    }

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LocationKind fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
