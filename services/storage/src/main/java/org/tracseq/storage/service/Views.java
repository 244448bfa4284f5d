package org.tracseq.storage.service;

import java.util.List;
import org.tracseq.storage.domain.Item;
import org.tracseq.storage.domain.Location;
import org.tracseq.storage.domain.Occupant;

/** What the service layer hands the API: domain rows with the context a response shows. */
public final class Views {
    private Views() {}

    /** A location with its path from the facility (itself included). */
    public record LocationView(Location location, List<Location> path) {}

    /** An item with its box's path (when it holds a position) and whether its freeze-thaw count warns (ST-6). */
    public record ItemView(Item item, Location box, List<Location> boxPath, boolean freezeThawWarning) {}

    /** A box and its occupants. */
    public record Grid(Location box, List<Occupant> occupants) {}

    /** One free position found. */
    public record FreePosition(Location box, String label) {}

    /** The outcome of a box layout (bulk move). */
    public record LayoutOutcome(int placed, int moved, int unchanged, Grid grid) {}
}
