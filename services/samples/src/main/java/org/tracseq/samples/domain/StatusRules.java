package org.tracseq.samples.domain;

import java.util.stream.Collectors;
import org.tracseq.platform.problem.RuleViolation;

/** The checks a status change must pass (SM-STATUS, and SM-2 for deletion). */
public final class StatusRules {
    public static final String RULE = "SM-STATUS";

    private StatusRules() {}

    /**
     * Refuses a move the SM-STATUS table does not allow, a rejection without a reason, and the
     * deletion of a sample whose children still exist.
     *
     * @param liveChildren the sample's children that are not deleted themselves
     */
    public static void checkChange(SampleStatus from, SampleStatus to, String reason, long liveChildren) {
        if (from == to) {
            throw RuleViolation.conflict(
                    RULE, "The sample is already " + to.wireValue() + "; a status change must move it somewhere else");
        }
        if (!from.canMoveTo(to)) {
            throw RuleViolation.conflict(RULE, refusal(from, to));
        }
        if (to == SampleStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw RuleViolation.unprocessable(RULE, "Rejecting a sample needs a reason; send one with the change");
        }
        if (to == SampleStatus.DELETED) {
            LineageRules.checkDeletable(liveChildren);
        }
    }

    private static String refusal(SampleStatus from, SampleStatus to) {
        if (from == SampleStatus.IN_SEQUENCING && to == SampleStatus.DELETED) {
            return "A sample in sequencing cannot be deleted; it can become completed or failed";
        }
        if (from.isTerminal()) {
            return "A " + from.wireValue() + " sample cannot change status any more";
        }
        return "A " + from.wireValue() + " sample cannot become " + to.wireValue() + "; it can become "
                + from.next().stream().map(SampleStatus::wireValue).collect(Collectors.joining(", "));
    }
}
