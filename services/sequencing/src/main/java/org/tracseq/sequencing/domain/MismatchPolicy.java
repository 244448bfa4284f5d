package org.tracseq.sequencing.domain;

import org.tracseq.platform.problem.RuleViolation;

/**
 * IDX-1: the mismatches demultiplexing will allow in each index read (0 to 2, default 1), the same
 * numbers the sheet gives BCL Convert as {@code BarcodeMismatchesIndex1/2}.
 */
public record MismatchPolicy(int index1, int index2) {
    public static final MismatchPolicy DEFAULT = new MismatchPolicy(1, 1);

    public MismatchPolicy {
        if (index1 < 0 || index1 > 2 || index2 < 0 || index2 > 2) {
            throw RuleViolation.unprocessable(
                    "IDX-1",
                    "Mismatches allowed per index read are 0, 1 or 2; got " + index1 + " for Index 1 and " + index2
                            + " for Index 2");
        }
    }

    /** Two indexes are told apart in a read only when they differ by more than twice its mismatches. */
    boolean collidesInIndex1(int distance) {
        return distance <= 2 * index1;
    }

    boolean collidesInIndex2(int distance) {
        return distance <= 2 * index2;
    }
}
