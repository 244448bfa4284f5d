package org.tracseq.auth.service;

import java.util.OptionalInt;
import org.tracseq.auth.domain.LockoutPolicy;
import org.tracseq.platform.problem.RuleViolation;

/**
 * AU-2: 423 Locked with {@code Retry-After}. The same for every locked login name, known or not.
 * 423 rather than 429: the lock is on the name, whoever tries it, not on this client's rate.
 */
public class LoginLocked extends RuleViolation {
    private final int retryAfterSeconds;

    public LoginLocked(long retryAfterSeconds) {
        super(
                LockoutPolicy.RULE,
                423,
                "Too many failed logins for this username; it is locked for " + retryAfterSeconds + " more seconds");
        this.retryAfterSeconds = (int) Math.min(Integer.MAX_VALUE, retryAfterSeconds);
    }

    @Override
    public OptionalInt retryAfterSeconds() {
        return OptionalInt.of(retryAfterSeconds);
    }
}
