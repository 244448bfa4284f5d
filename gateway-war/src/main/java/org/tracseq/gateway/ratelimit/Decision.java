package org.tracseq.gateway.ratelimit;

/**
 * One rate-limit verdict, as the {@code RateLimit-*} headers report it.
 *
 * @param limit      requests allowed per period
 * @param remaining  requests left right now
 * @param retryAfterMillis when refused, how long until one request would be allowed
 * @param resetMillis how long until the full limit is available again
 */
public record Decision(boolean allowed, long limit, long remaining, long retryAfterMillis, long resetMillis) {

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfterMillis + 999) / 1000);
    }

    public long resetSeconds() {
        return (resetMillis + 999) / 1000;
    }
}
