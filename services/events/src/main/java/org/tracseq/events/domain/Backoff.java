package org.tracseq.events.domain;

import java.time.Duration;

/**
 * When a failed webhook delivery is tried again: {@code base} after the first failure, doubling
 * with each further one, never more than {@code max}.
 */
public record Backoff(Duration base, Duration max) {
    public Backoff {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= max, got " + base + " and " + max);
        }
    }

    /** The pause after the {@code failures}-th failure in a row (1 for the first). */
    public Duration after(int failures) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        // Doubling past 2^30 overflows long before it matters: the cap is reached much earlier.
        int doublings = Math.min(failures - 1, 30);
        long millis = base.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
