package org.tracseq.samples.domain;

import org.tracseq.platform.problem.RuleViolation;

/** The checks every new sample passes, alone or in a batch. */
public final class SampleRules {
    /** SM-5: a sample's type is fixed once it was validated. */
    public static final String TYPE_RULE = "SM-5";

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_REASON = 1000;

    private SampleRules() {}

    /**
     * Every problem of {@code draft}, added to {@code violations}; returns its quantities when they
     * are valid (null otherwise). Quantity parts were checked when the draft was built from the request.
     */
    public static Quantities check(SampleDraft draft, Violations violations) {
        checkName(draft.name(), violations);
        if (draft.type() == null) {
            violations.field("type", "is required");
        }
        Barcodes.check(draft.barcode(), "barcode", violations);
        checkDescription(draft.description(), violations);
        Metadata.check(draft.metadata(), violations);
        return Quantities.checked(draft.initialVolume(), draft.availableVolume(), draft.concentration(), violations);
    }

    public static void checkName(String name, Violations violations) {
        if (name == null || name.isBlank()) {
            violations.field("name", "is required");
        } else if (name.length() > MAX_NAME) {
            violations.field("name", "must be at most " + MAX_NAME + " characters");
        }
    }

    public static void checkDescription(String description, Violations violations) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            violations.field("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
    }

    /**
     * SM-5: once a sample was validated its type never changes; a wrong type is corrected by
     * rejecting the sample and registering it again.
     */
    public static void checkTypeChangeable(boolean everValidated) {
        if (everValidated) {
            throw RuleViolation.conflict(
                    TYPE_RULE,
                    "The sample was validated, so its type is fixed; if the type is wrong, reject the sample and "
                            + "register it again with the right type");
        }
    }

    public static void checkReason(String reason, Violations violations) {
        if (reason != null && reason.length() > MAX_REASON) {
            violations.field("reason", "must be at most " + MAX_REASON + " characters");
        }
    }
}
