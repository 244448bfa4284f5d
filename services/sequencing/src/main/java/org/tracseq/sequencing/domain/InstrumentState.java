package org.tracseq.sequencing.domain;

import java.util.Locale;
import org.tracseq.platform.problem.RuleViolation;

/**
 * An instrument's service state: {@code available} takes runs, {@code maintenance} keeps its queue
 * but starts nothing (SQ-STATUS: no run goes {@code running} on it), {@code retired} is final. An
 * instrument with a run on it cannot be retired until that run has ended.
 */
public enum InstrumentState {
    AVAILABLE,
    MAINTENANCE,
    RETIRED;

    /** The state after the change, or a 409 naming SQ-STATUS. */
    public InstrumentState moveTo(InstrumentState target, int runsRunning) {
        if (this == RETIRED) {
            throw RuleViolation.conflict(
                    "SQ-STATUS", "The instrument is retired, which is final; register its replacement instead");
        }
        if (target == RETIRED && runsRunning > 0) {
            throw RuleViolation.conflict(
                    "SQ-STATUS",
                    "The instrument has " + runsRunning + " run(s) running; complete or fail them before retiring it");
        }
        return target;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InstrumentState fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
