package org.tracseq.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tracseq.auth.domain.Actor;
import org.tracseq.auth.domain.AuditEvent;
import org.tracseq.auth.domain.AuditEventType;
import org.tracseq.auth.domain.Credentials;
import org.tracseq.auth.domain.LoginThrottle;
import org.tracseq.auth.domain.Origin;
import org.tracseq.auth.persistence.ThrottleRepository;
import org.tracseq.auth.persistence.UserRepository;

/**
 * The transactional steps around a password check (AU-2). The check itself (a slow hash) runs
 * between them, outside any transaction and row lock, so logins of one name do not queue behind
 * each other's hashing. An attempt is counted as a failure when it is admitted and forgiven when
 * it succeeds: however many attempts run in parallel, no more than the limit are ever checked
 * before the name locks.
 */
@ApplicationScoped
public class LoginAttempts {
    /** Throttle rows of names nobody failed on for this long are purged. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    /** An admitted attempt: the account if the name has one, and whether failing it locks the name. */
    public record Admission(String loginName, Optional<Credentials> credentials, boolean locksOnFailure) {
    }

    @Inject
    ThrottleRepository throttle;

    @Inject
    UserRepository users;

    @Inject
    SessionService sessions;

    @Inject
    AuthSettings settings;

    @Inject
    AuditLog audit;

    /** Admits an attempt on {@code loginName} and counts it, or refuses it (423) while the name is locked. */
    @Transactional(dontRollbackOn = LoginLocked.class)
    public Admission admit(String loginName, Origin origin) {
        Instant now = settings.clock().instant();
        LoginThrottle state = throttle.lock(loginName, now);
        if (state.lockedAt(now)) {
            audit.record(AuditEvent.of(AuditEventType.LOGIN_LOCKED, Actor.ANONYMOUS, origin).about(loginName, null)
                    .detail("refused unchecked until " + state.lockedUntil()));
            throw new LoginLocked(state.retryAfterSeconds(now));
        }
        LoginThrottle counted = state.afterFailure(now, settings.lockout());
        throttle.save(loginName, counted, now);
        return new Admission(loginName, users.credentials(loginName), state.locks(counted, now));
    }

    /** The attempt failed: it stays counted; audited, with the lockout it caused. */
    @Transactional
    public void failed(Admission attempt, String why, Origin origin) {
        Instant now = settings.clock().instant();
        String userId = attempt.credentials().map(found -> found.user().id().toString()).orElse(null);
        audit.record(AuditEvent.of(AuditEventType.LOGIN_FAILED, Actor.ANONYMOUS, origin)
                .about(attempt.loginName(), userId).detail(why));
        if (attempt.locksOnFailure()) {
            var policy = settings.lockout();
            audit.record(AuditEvent.of(AuditEventType.ACCOUNT_LOCKED, Actor.SYSTEM, origin)
                    .about(attempt.loginName(), userId)
                    .detail(policy.maxFailures() + " failed logins in a row; locked for "
                            + policy.lockDuration().toMinutes() + " minutes"));
        }
        throttle.purgeOlderThan(now, FORGET_AFTER);
    }

    /** The attempt succeeded: the failures are forgiven and a session starts. */
    @Transactional
    public Tokens succeeded(Admission attempt, Origin origin) {
        var user = attempt.credentials().orElseThrow().user();
        throttle.clear(attempt.loginName());
        users.recordLogin(user.id(), settings.clock().instant());
        Tokens tokens = sessions.open(user, origin);
        audit.record(AuditEvent.of(AuditEventType.LOGIN_SUCCEEDED, Actor.of(user), origin)
                .about(user.username(), user.id()).detail("session " + tokens.sessionId()));
        return tokens;
    }
}
