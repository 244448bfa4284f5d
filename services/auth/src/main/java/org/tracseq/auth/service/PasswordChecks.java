package org.tracseq.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.auth.domain.Actor;
import org.tracseq.auth.domain.AuditEvent;
import org.tracseq.auth.domain.AuditEventType;
import org.tracseq.auth.domain.Credentials;
import org.tracseq.auth.domain.LoginThrottle;
import org.tracseq.auth.domain.Origin;
import org.tracseq.auth.domain.User;
import org.tracseq.auth.persistence.ThrottleRepository;
import org.tracseq.auth.persistence.UserRepository;

/**
 * Checks a password for a login name under AU-2. The name's throttle row stays locked from before
 * the check until the transaction ends, so attempts on one name are checked one after the other:
 * no number of parallel guesses gets more than the limit checked before the name locks, and
 * parallel correct logins all succeed (they queue for a few hundred milliseconds each). Attempts
 * on different names run in parallel. Unknown names, wrong passwords and disabled accounts all
 * count, and an unknown name costs the time of a real check (a decoy hash).
 */
@ApplicationScoped
public class PasswordChecks {
    /** Throttle rows of names nobody failed on for this long are purged. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    /** What a check found; {@code user} only when it passed. */
    public record Result(boolean passed, User user, long lockedForSeconds) {
        public boolean locked() {
            return lockedForSeconds > 0;
        }
    }

    @Inject
    ThrottleRepository throttle;

    @Inject
    UserRepository users;

    @Inject
    Passwords passwords;

    @Inject
    @ConfigProperties
    AuthSettings settings;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    AuthEvents events;

    @Inject
    AuthMetrics metrics;

    /**
     * Checks {@code password} for {@code loginName} (normalised) and records the outcome; the
     * caller's transaction must commit even when it answers with a refusal, or the failure is lost.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Result check(String loginName, String password, String purpose, Origin origin) {
        Instant now = clock.instant();
        // A locked name is refused at once; only attempts that may be checked queue for the row lock,
        // so a flood of guesses at one name cannot hold the connection pool.
        LoginThrottle seen = throttle.peek(loginName);
        LoginThrottle state = seen.lockedAt(now) ? seen : throttle.lock(loginName, now);
        if (state.lockedAt(now)) {
            audit.record(AuditEvent.of(AuditEventType.LOGIN_LOCKED, Actor.ANONYMOUS, origin)
                    .about(loginName, null)
                    .detail(purpose + " refused unchecked until " + state.lockedUntil()));
            return new Result(false, null, state.retryAfterSeconds(now));
        }
        Credentials credentials = users.credentials(loginName).orElse(null);
        boolean matches = credentials == null
                ? passwords.matchNobody(password)
                : passwords.matches(password, credentials.passwordHash());
        if (matches && credentials.user().enabled()) {
            throttle.clear(loginName);
            return new Result(true, credentials.user(), 0);
        }
        String why = credentials == null ? "unknown username" : !matches ? "wrong password" : "account disabled";
        recordFailure(loginName, state, credentials, purpose + ": " + why, origin, now);
        return new Result(false, null, 0);
    }

    private void recordFailure(
            String loginName, LoginThrottle state, Credentials credentials, String why, Origin origin, Instant now) {
        var policy = settings.lockout();
        LoginThrottle next = state.afterFailure(now, policy);
        throttle.save(loginName, next, now);
        String userId = credentials == null ? null : credentials.user().id().toString();
        audit.record(AuditEvent.of(AuditEventType.LOGIN_FAILED, Actor.ANONYMOUS, origin)
                .about(loginName, userId)
                .detail(why));
        metrics.loginFailed();
        if (state.locks(next, now)) {
            metrics.nameLocked();
            audit.record(AuditEvent.of(AuditEventType.ACCOUNT_LOCKED, Actor.SYSTEM, origin)
                    .about(loginName, userId)
                    .detail(policy.maxFailures() + " failed logins in a row; locked for "
                            + policy.lockDuration().toMinutes() + " minutes"));
            if (credentials != null) {
                events.lockedOut(
                        credentials.user().id(),
                        credentials.user().username(),
                        policy.maxFailures(),
                        next.lockedUntil());
            }
        }
        throttle.purgeOlderThan(now, FORGET_AFTER);
    }
}
