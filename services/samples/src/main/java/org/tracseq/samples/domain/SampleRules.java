package org.tracseq.samples.domain;

import org.tracseq.platform.problem.RuleViolation;

/** The checks every new sample passes, alone or in a batch. */
public final class SampleRules {
    /** SM-5: a sample's type is fixed once it was validated. */
    public static final String TYPE_RULE = "SM-5";

    private SampleRules() {}

    /**
     * The problems of {@code draft} that its contract's constraints (checked on the request) cannot
     * see, added to {@code violations}; returns its quantities when they are valid (null otherwise).
     */
    public static Quantities check(SampleDraft draft, Violations violations) {
        Metadata.check(draft.metadata(), violations);
        return Quantities.checked(draft.initialVolume(), draft.availableVolume(), draft.concentration(), violations);
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
}
