package org.tracseq.qaqc.domain;

import java.util.List;

/** QC-4's judgement of a sample or library as a whole, with why it is not {@code pass}. */
public record Standing(Verdict verdict, List<String> reasons) {
    public enum Verdict {
        PASS,
        FAIL,
        PENDING
    }

    public Standing {
        reasons = List.copyOf(reasons);
    }
}
