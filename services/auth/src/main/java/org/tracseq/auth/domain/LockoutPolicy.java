package org.tracseq.auth.domain;

import java.time.Duration;

/** AU-2: how many failed logins in a row lock a login name, and for how long (our default: 5, 15 minutes). */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {
    public static final String RULE = "AU-2";

    public LockoutPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("A lockout needs at least one failure and a positive duration");
        }
    }
}
