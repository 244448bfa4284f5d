package org.tracseq.qaqc.domain;

import java.util.Collection;
import org.tracseq.platform.problem.RuleViolation;

/**
 * QC-3: a result needs {@code required} verifications (1-4, set by the definition version that
 * judged it), each by a different person, none by whoever measured it. Once it has them all it is
 * final: no further verification, and (as every result) never an edit.
 */
public final class Verifications {
    private Verifications() {}

    /** Refuses (409, QC-3) a verification {@code verifier} may not add; returns normally when it may. */
    public static void check(String measuredBy, int required, Collection<String> verifiedBy, String verifier) {
        if (measuredBy.equals(verifier)) {
            throw RuleViolation.conflict(
                    "QC-3", "You measured this result, so you cannot verify it; ask another technician to verify it");
        }
        if (verifiedBy.size() >= required) {
            throw RuleViolation.conflict(
                    "QC-3",
                    "This result has all " + required + " of its verifications and is final; "
                            + "to change it, record a re-measurement (a new result)");
        }
        if (verifiedBy.contains(verifier)) {
            throw RuleViolation.conflict(
                    "QC-3",
                    "You verified this result already; it needs " + (required - verifiedBy.size())
                            + " more verification(s) by someone else");
        }
    }

    /** Whether a result with {@code verifications} of its {@code required} is verified (final). */
    public static boolean complete(int verifications, int required) {
        return verifications >= required;
    }
}
