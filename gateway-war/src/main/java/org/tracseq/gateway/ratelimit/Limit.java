package org.tracseq.gateway.ratelimit;

import java.time.Duration;

/** {@code requests} per {@code period}, all of which may come at once. */
public record Limit(long requests, Duration period) {

    public Limit {
        if (requests < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("A rate limit needs at least 1 request per positive period");
        }
    }

    /**
     * GCRA's emission interval in whole microseconds: the time one request "costs". Rounded down,
     * so a full burst of {@code requests} always fits into the period.
     */
    public long intervalMicros() {
        return Math.max(1, periodMicros() / requests);
    }

    public long periodMicros() {
        return period.toNanos() / 1000;
    }
}
