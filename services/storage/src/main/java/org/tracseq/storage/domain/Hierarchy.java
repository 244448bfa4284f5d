package org.tracseq.storage.domain;

import java.util.List;
import java.util.UUID;
import org.tracseq.platform.problem.RuleViolation;

/** ST-1: which kind may hold which, no cycles, nothing that holds something is deleted. */
public final class Hierarchy {
    public static final String RULE = "ST-1";

    private Hierarchy() {}

    /**
     * A new or moved location of {@code kind} under a parent of {@code parentKind} (null: no parent).
     * A refusal is 422: the request can never be valid whatever the state.
     */
    public static void checkParent(LocationKind kind, LocationKind parentKind) {
        if (kind == LocationKind.FACILITY) {
            if (parentKind != null) {
                throw RuleViolation.unprocessable(RULE, "A facility is the top of the hierarchy and has no parent");
            }
            return;
        }
        if (parentKind == null) {
            throw RuleViolation.unprocessable(
                    RULE, "A " + kind.wireValue() + " needs a parent (" + allowedParents(kind) + ")");
        }
        if (!parentKind.mayHold(kind)) {
            throw RuleViolation.unprocessable(
                    RULE,
                    "A " + parentKind.wireValue() + " cannot hold a "
                            + kind.wireValue() + "; it holds "
                            + parentKind.permittedChildren().stream()
                                    .map(LocationKind::wireValue)
                                    .toList() + " and a " + kind.wireValue() + " goes into "
                            + allowedParents(kind));
        }
    }

    private static String allowedParents(LocationKind kind) {
        return String.join(
                " or ",
                java.util.Arrays.stream(LocationKind.values())
                        .filter(parent -> parent.mayHold(kind))
                        .map(LocationKind::wireValue)
                        .toList());
    }

    /** Moving {@code location} under a parent whose path (facility first, itself last) is {@code newParentPath}. */
    public static void checkNoCycle(UUID location, List<UUID> newParentPath) {
        if (newParentPath.contains(location)) {
            throw RuleViolation.conflict(RULE, "A location cannot be moved into itself or anything inside it");
        }
    }

    /** Deleting a location with {@code children} child locations and {@code occupied} taken or reserved positions. */
    public static void checkDeletable(String name, long children, int occupied) {
        if (children > 0) {
            throw RuleViolation.conflict(
                    RULE, "'" + name + "' holds " + children + " location(s); move or delete them first");
        }
        if (occupied > 0) {
            throw RuleViolation.conflict(
                    RULE,
                    "'" + name + "' holds " + occupied
                            + " sample(s) (stored or checked out); move, release or discard them first");
        }
    }
}
