package org.tracseq.storage.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A node of the hierarchy as stored. {@code path} runs from the facility to this location itself. */
public record Location(
        UUID id,
        LocationKind kind,
        String name,
        UUID parentId,
        List<UUID> path,
        TemperatureZone zone,
        Integer rows,
        Integer columns,
        boolean geometryLocked,
        int capacity,
        int occupied,
        String description,
        Instant createdAt,
        String createdBy) {

    public BoxGeometry geometry() {
        if (kind != LocationKind.BOX) {
            throw org.tracseq.platform.problem.RuleViolation.unprocessable(
                    BoxGeometry.RULE, "'" + name + "' is a " + kind.wireValue() + ", not a box");
        }
        return new BoxGeometry(rows, columns);
    }

    /** The ancestors, facility first, without this location. */
    public List<UUID> ancestors() {
        return path.subList(0, path.size() - 1);
    }
}
