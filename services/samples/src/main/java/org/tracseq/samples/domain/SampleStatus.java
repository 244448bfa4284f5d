package org.tracseq.samples.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** SM-STATUS: where a sample is in its life, and the only moves allowed between statuses. */
public enum SampleStatus {
    PENDING,
    VALIDATED,
    IN_STORAGE,
    IN_SEQUENCING,
    COMPLETED,
    FAILED,
    REJECTED,
    DISCARDED,
    ARCHIVED,
    DELETED;

    private static final Map<SampleStatus, Set<SampleStatus>> NEXT = new EnumMap<>(SampleStatus.class);

    static {
        allow(PENDING, VALIDATED, REJECTED, DELETED);
        allow(VALIDATED, IN_STORAGE, IN_SEQUENCING, REJECTED, DELETED);
        allow(IN_STORAGE, IN_SEQUENCING, REJECTED, DISCARDED, DELETED);
        allow(IN_SEQUENCING, COMPLETED, FAILED);
        allow(COMPLETED, ARCHIVED);
        allow(FAILED, PENDING, DELETED);
        allow(REJECTED, PENDING, DELETED);
        allow(DISCARDED, ARCHIVED);
        allow(ARCHIVED);
        allow(DELETED);
    }

    private static void allow(SampleStatus from, SampleStatus... to) {
        Set<SampleStatus> next = EnumSet.noneOf(SampleStatus.class);
        Collections.addAll(next, to);
        NEXT.put(from, Collections.unmodifiableSet(next));
    }

    /** Every registered sample starts here. */
    public static SampleStatus initial() {
        return PENDING;
    }

    /** The statuses this one may move to; never itself. */
    public Set<SampleStatus> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(SampleStatus target) {
        return next().contains(target);
    }

    public boolean isTerminal() {
        return next().isEmpty();
    }

    /**
     * SM-1: material is taken only from a sample that passed validation and is neither in a process
     * (sequencing) nor out of circulation (rejected, failed, discarded, deleted, ...).
     */
    public boolean givesMaterial() {
        return this == VALIDATED || this == IN_STORAGE;
    }

    /** Out of circulation for good: whatever stores the sample must let it go first (ST-7). */
    public boolean leavesCirculation() {
        return this == DISCARDED || this == DELETED;
    }

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SampleStatus fromWire(String value) {
        return WireValues.parse(SampleStatus.class, value);
    }
}
