package org.tracseq.samples.domain;

/** The checks every new sample passes, alone or in a batch. */
public final class SampleRules {
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

    public static void checkReason(String reason, Violations violations) {
        if (reason != null && reason.length() > MAX_REASON) {
            violations.field("reason", "must be at most " + MAX_REASON + " characters");
        }
    }
}
