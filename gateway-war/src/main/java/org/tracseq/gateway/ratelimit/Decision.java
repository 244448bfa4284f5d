package org.tracseq.gateway.ratelimit;

/**
 * One rate-limit verdict, as the {@code RateLimit-*} headers report it.
 *
 * @param limit      requests allowed per period
 * @param remaining  requests left right now
 * @param retryAfterMicros when refused, how long until one request would be allowed
 * @param resetMicros how long until the full limit is available again
 */
public record Decision(boolean allowed, long limit, long remaining, long retryAfterMicros, long resetMicros) {
    private static final long MICROS_PER_SECOND = 1_000_000;

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfterMicros + MICROS_PER_SECOND - 1) / MICROS_PER_SECOND);
    }

    public long resetSeconds() {
        return (resetMicros + MICROS_PER_SECOND - 1) / MICROS_PER_SECOND;
    }
}
