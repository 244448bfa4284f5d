package org.tracseq.qaqc.domain;

/** QC-1's judgement of one measured value. */
public enum Outcome {
    PASS,
    WARN,
    FAIL,
    PANIC;

    /** Whether the value failed its metric: {@code fail} or {@code panic} (QC-4 counts both as failed). */
    public boolean failed() {
        return this == FAIL || this == PANIC;
    }
}
