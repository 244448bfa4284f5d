package org.tracseq.sequencing.domain;

import java.util.List;
import org.tracseq.platform.problem.RuleViolation;

/**
 * A run's lanes checked as the sheet will demultiplex them: index collisions (IDX-1), unindexed
 * libraries (IDX-2), the closest pair (IDX-3) and colour balance (CB-1) per lane, as a report. A
 * lane passes with no collision, no unindexed library beside others and no dark index cycle.
 */
public final class LaneChecks {
    private LaneChecks() {}

    /**
     * One lane's findings. {@code collisions} is null when IDX-2 already refuses the lane (then
     * {@code unindexed} says why): no distance means anything between an unindexed library and others.
     */
    public record LaneResult(
            Lane lane,
            IndexCollisions.CollisionReport collisions,
            RuleViolation unindexed,
            ColourBalance.Report colourBalance) {

        public boolean passes() {
            return unindexed == null && !collisions.collides() && colourBalance.passes();
        }

        /** The first refusal of the lane (IDX-2, IDX-1, then CB-1), to throw when no override is given. */
        public void requirePasses() {
            if (unindexed != null) {
                throw unindexed;
            }
            collisions.requireNoCollisions();
            colourBalance.requirePasses();
        }
    }

    public static List<LaneResult> check(Run run) {
        return run.lanes().stream().map(lane -> check(run, lane)).toList();
    }

    public static LaneResult check(Run run, Lane lane) {
        List<LaneLibrary> libraries = lane.forChecks();
        IndexCollisions.CollisionReport collisions = null;
        RuleViolation unindexed = null;
        try {
            collisions = IndexCollisions.check(libraries, run.mismatches());
        } catch (RuleViolation idx2) {
            unindexed = idx2;
        }
        return new LaneResult(lane, collisions, unindexed, ColourBalance.check(run.platform(), run.reads(), libraries));
    }

    public static boolean allPass(List<LaneResult> lanes) {
        return lanes.stream().allMatch(LaneResult::passes);
    }
}
