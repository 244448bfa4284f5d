package org.tracseq.samples.domain;

import java.util.List;

/**
 * How a sample's status follows what storage did with its tube (ST-7, SM-STATUS), judged from the
 * status, not from the order events arrive in: a placement makes a {@code validated} sample
 * {@code in_storage}; storage's discard makes it {@code discarded} (passing through
 * {@code in_storage} when the placement has not been followed yet). Anything else is already where
 * it should be, or moved on, and stays.
 */
public final class StorageCustodyRules {
    private StorageCustodyRules() {}

    /** The status changes a placement in storage brings, in order (none, or {@code in_storage}). */
    public static List<SampleStatus> afterPlacement(SampleStatus current) {
        return current == SampleStatus.VALIDATED ? List.of(SampleStatus.IN_STORAGE) : List.of();
    }

    /** The status changes storage's discard brings, in order; none when the sample cannot follow it. */
    public static List<SampleStatus> afterDiscard(SampleStatus current) {
        return switch (current) {
            case VALIDATED -> List.of(SampleStatus.IN_STORAGE, SampleStatus.DISCARDED);
            case IN_STORAGE -> List.of(SampleStatus.DISCARDED);
            default -> List.of();
        };
    }

    /**
     * Whether a discard with no status change to bring leaves the services apart: storage has let the
     * tube go, but samples moved the sample on (e.g. to sequencing) after storage checked it.
     */
    public static boolean discardUnfollowable(SampleStatus current) {
        return afterDiscard(current).isEmpty() && !current.leavesCirculation() && current != SampleStatus.ARCHIVED;
    }
}
