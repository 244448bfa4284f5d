package org.tracseq.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.tracseq.auth.domain.AccountRules;
import org.tracseq.auth.domain.Actor;
import org.tracseq.auth.domain.AuditEvent;
import org.tracseq.auth.domain.AuditEventType;
import org.tracseq.auth.domain.Origin;
import org.tracseq.auth.domain.User;
import org.tracseq.auth.persistence.UserRepository;

/**
 * Login with username and password (AU-2): unknown user, wrong password and disabled account get
 * the same 401 after the same work; a locked name gets 423. The refusal commits, so it counts.
 */
@ApplicationScoped
public class LoginService {
    @Inject
    PasswordChecks checks;

    @Inject
    UserRepository users;

    @Inject
    SessionService sessions;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    AuthMetrics metrics;

    @Transactional(dontRollbackOn = {AuthenticationFailed.class, LoginLocked.class})
    public Tokens login(String username, String password, Origin origin) {
        PasswordChecks.Result check = checks.check(AccountRules.normalizeName(username), password, "login", origin);
        if (check.locked()) {
            throw new LoginLocked(check.lockedForSeconds());
        }
        if (!check.passed()) {
            throw AuthenticationFailed.login();
        }
        User user = check.user();
        users.recordLogin(user.id(), clock.instant());
        Tokens tokens = sessions.open(user, origin);
        audit.record(AuditEvent.of(AuditEventType.LOGIN_SUCCEEDED, Actor.of(user), origin)
                .about(user.username(), user.id())
                .detail("session " + tokens.sessionId()));
        metrics.loginSucceeded();
        return tokens;
    }
}
