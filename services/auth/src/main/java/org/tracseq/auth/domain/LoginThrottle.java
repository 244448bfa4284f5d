package org.tracseq.auth.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * AU-2 state of one login name: failed logins in a row and, once they reach the policy's limit,
 * until when the name is locked. Kept per login name, not per account, so an unknown name locks
 * exactly like a known one and a lockout never tells whether the account exists. While locked no
 * attempt is checked or counted (even the right password is refused); once the lock has passed the
 * count starts again from zero.
 */
public record LoginThrottle(int failures, Instant lockedUntil) {
    public static final LoginThrottle CLEAR = new LoginThrottle(0, null);

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whole seconds until the lock ends (at least 1 while locked), for {@code Retry-After}. */
    public long retryAfterSeconds(Instant now) {
        if (!lockedAt(now)) {
            return 0;
        }
        long millis = Duration.between(now, lockedUntil).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** The state after one more failed login; locks when the failures reach the limit. */
    public LoginThrottle afterFailure(Instant now, LockoutPolicy policy) {
        if (lockedAt(now)) {
            return this;
        }
        int inARow = (lockedUntil == null ? failures : 0) + 1;
        return inARow >= policy.maxFailures()
                ? new LoginThrottle(0, now.plus(policy.lockDuration()))
                : new LoginThrottle(inARow, null);
    }

    /** True when going from this state to {@code next} is what locked the name (an audited event). */
    public boolean locks(LoginThrottle next, Instant now) {
        return !lockedAt(now) && next.lockedAt(now);
    }
}
