package org.tracseq.qaqc.domain;

import java.time.Instant;
import java.util.Set;

/**
 * Which results a list shows: judged one of {@code outcomes} (any when empty), measured at or after
 * {@code measuredFrom} (any time when null), and, when {@code awaitingVerification}, only those
 * still short of their verifications (QC-3).
 */
public record ResultFilter(Set<Outcome> outcomes, Instant measuredFrom, boolean awaitingVerification) {
    public ResultFilter {
        outcomes = Set.copyOf(outcomes);
    }
}
