package org.tracseq.samples.domain;

import java.util.stream.Collectors;
import org.tracseq.platform.problem.RuleViolation;

/** The checks a status change must pass (SM-STATUS, and SM-2 for deletion). */
public final class StatusRules {
    public static final String RULE = "SM-STATUS";
    /** Storage's discard rule, which governs how a stored sample leaves circulation. */
    public static final String STORAGE_RULE = "ST-7";

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

    /**
     * ST-7: a sample storage still holds (placed, checked out or released, not discarded there) leaves
     * circulation only through storage's discard, which frees its position first.
     *
     * @param everInStorage whether the status history, read under the sample's lock, shows {@code in_storage}
     */
    public static void checkStorageLetGo(SampleStatus to, StorageAnswer storage, boolean everInStorage) {
        if (!to.leavesCirculation()) {
            return;
        }
        if (storage == StorageAnswer.NOT_ASKED && everInStorage) {
            throw RuleViolation.conflict(
                    STORAGE_RULE,
                    "The sample was placed in storage while this change was under way; send the change again");
        }
        if (storage == StorageAnswer.HOLDS) {
            throw RuleViolation.conflict(
                    STORAGE_RULE,
                    "The storage service still holds this sample, so it cannot become " + to.wireValue()
                            + " here; discard it through storage (POST /api/storage/samples/{id}/discard), which "
                            + "frees its position and makes it discarded here");
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
