package org.tracseq.sequencing.domain;

import org.tracseq.platform.problem.RuleViolation;

/**
 * A library as a lane's index checks see it: its name, and its i7 and i5 with their catalogue names
 * (LB-1). i5 is forward, as the catalogue holds it (LB-4); i5 absent is a single-indexed library,
 * both absent an unindexed one (IDX-2).
 */
public record LaneLibrary(String name, String i7Name, IndexSequence i7, String i5Name, IndexSequence i5) {

    public LaneLibrary {
        if (name == null || name.isBlank()) {
            throw RuleViolation.unprocessable("LB-1", "A library in a lane needs its name");
        }
        if (i7 == null && i5 != null) {
            throw RuleViolation.unprocessable(
                    "LB-1", "Library " + name + " has an i5 but no i7; Index 1 (i7) is read first, give it too");
        }
    }

    /** A library with unnamed indexes (names default to the sequences). */
    public static LaneLibrary of(String name, String i7, String i5) {
        return new LaneLibrary(name, i7, IndexSequence.ofNullable(i7), i5, IndexSequence.ofNullable(i5));
    }

    public boolean unindexed() {
        return i7 == null;
    }
}
