package org.tracseq.gateway.ratelimit;

import java.time.Duration;

/** {@code requests} per {@code period}, all of which may come at once. */
public record Limit(long requests, Duration period) {

    public Limit {
        if (requests < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("A rate limit needs at least 1 request per positive period");
        }
    }

    /** GCRA's emission interval: the time one request "costs". */
    double intervalMillis() {
        return (double) period.toMillis() / requests;
    }
}
