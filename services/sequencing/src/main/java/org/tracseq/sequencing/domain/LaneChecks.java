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
            ColourBalance.Report colourBalance,
            List<ColourBalance.Suggestion> suggestions) {

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

    /** How many suggestions a lane gets at most. */
    private static final int SUGGESTIONS = 5;

    /** The lanes checked, without suggestions (what a sheet needs). */
    public static List<LaneResult> check(Run run) {
        return check(run, List.of());
    }

    /**
     * The lanes checked; a lane CB-1 finds fault with gets the {@code catalogue} indexes that would
     * fix it (CB-1 suggestions), when nothing else (IDX-2) is wrong with it first.
     */
    public static List<LaneResult> check(Run run, List<CatalogueIndex> catalogue) {
        return run.lanes().stream().map(lane -> check(run, lane, catalogue)).toList();
    }

    private static LaneResult check(Run run, Lane lane, List<CatalogueIndex> catalogue) {
        List<LaneLibrary> libraries = lane.forChecks();
        IndexCollisions.CollisionReport collisions = null;
        RuleViolation unindexed = null;
        try {
            collisions = IndexCollisions.check(libraries, run.mismatches());
        } catch (RuleViolation idx2) {
            unindexed = idx2;
        }
        ColourBalance.Report colour = ColourBalance.check(run.platform(), run.reads(), libraries);
        boolean wanting =
                colour.findings().stream().anyMatch(finding -> finding.severity() != ColourBalance.Severity.NOTE);
        List<ColourBalance.Suggestion> suggestions = wanting && unindexed == null && !catalogue.isEmpty()
                ? ColourBalance.suggest(
                        run.platform(), run.reads(), libraries, catalogue, run.mismatches(), SUGGESTIONS)
                : List.of();
        return new LaneResult(lane, collisions, unindexed, colour, suggestions);
    }

    public static boolean allPass(List<LaneResult> lanes) {
        return lanes.stream().allMatch(LaneResult::passes);
    }
}
