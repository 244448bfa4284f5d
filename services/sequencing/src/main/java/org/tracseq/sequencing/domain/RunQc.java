package org.tracseq.sequencing.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.sequencing.domain.PoolQc.Standing;

/**
 * QC-4 before a run goes past {@code validated}: a lane's pool whose own QC failed (qaqc's
 * judgement of the pool itself, not of its libraries) holds the run unless a principal
 * investigator (or a lab administrator) overrides with a reason, which is recorded. The only way
 * past {@code validated} is the move to {@code queued} (from {@code validated}, {@code on_hold} or
 * a failed run's retry), so that is the move checked. A pending pool is no reason to hold a run.
 */
public final class RunQc {
    private RunQc() {}

    /** A lane's pool, by name, with its own QC standing. */
    public record PoolStanding(String pool, Standing standing, List<String> reasons) {}

    /** An override as recorded: the move it allowed, the pools that had failed (with why), the reason and who. */
    public record Override(
            UUID runId, SequencingStatus to, List<String> failedPools, String reason, String by, Instant at) {}

    /** The failed pools of {@code pools}, each as "name: reasons", for the record of an override. */
    public static List<String> failed(List<PoolStanding> pools) {
        return pools.stream()
                .filter(pool -> pool.standing() == Standing.FAIL)
                .map(pool -> describe(List.of(pool)))
                .toList();
    }

    /** Whether the move needs the pool QC to be read at all: only the move to {@code queued}. */
    public static boolean checked(SequencingStatus to) {
        return to == SequencingStatus.QUEUED;
    }

    /**
     * Whether the move to {@code to} is made with an override. Refused: 422 naming QC-4 for a
     * failed pool without an override, 403 naming QC-4 for an override by someone who may not give
     * one, 422 for an override nothing needs (on another move, or with no failed pool).
     */
    public static boolean check(
            SequencingStatus to, List<PoolStanding> pools, String overrideReason, boolean mayOverride) {
        boolean overriding = overrideReason != null;
        if (!checked(to)) {
            if (overriding) {
                throw RuleViolation.unprocessable(
                        "QC-4",
                        "A pool's QC is checked only when a run is queued, so a move to " + to.wireName()
                                + " has nothing to override; leave qcOverride out");
            }
            return false;
        }
        List<PoolStanding> failed =
                pools.stream().filter(pool -> pool.standing() == Standing.FAIL).toList();
        return PoolQc.overrideNeeded(
                !failed.isEmpty(),
                overrideReason,
                mayOverride,
                "No pool of the run failed its own QC, so there is nothing to override; leave qcOverride out",
                () -> "The run cannot be queued: its pool failed its own QC (" + describe(failed)
                        + "); measure the pool again, plan the run with another pool, or ask a principal"
                        + " investigator to override with a reason",
                () ->
                        "Only a principal investigator (or a lab administrator) may queue a run whose pool failed its own QC ("
                                + describe(failed) + ")");
    }

    private static String describe(List<PoolStanding> failed) {
        return failed.stream()
                .map(pool -> pool.pool() + (pool.reasons().isEmpty() ? "" : ": " + String.join("; ", pool.reasons())))
                .collect(Collectors.joining(", "));
    }
}
