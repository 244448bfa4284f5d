package org.tracseq.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tracseq.auth.domain.Actor;
import org.tracseq.auth.domain.AuditEvent;
import org.tracseq.auth.domain.AuditEventType;
import org.tracseq.auth.domain.NewAccount;
import org.tracseq.auth.domain.Origin;
import org.tracseq.auth.domain.User;
import org.tracseq.auth.domain.UserFilter;
import org.tracseq.auth.persistence.SessionRepository;
import org.tracseq.auth.persistence.ThrottleRepository;
import org.tracseq.auth.persistence.UserRepository;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.security.Role;

/**
 * Creating and administering accounts. Every change is one transaction with its audit event; the
 * slow password hash is computed before the transaction touches the database, so no connection
 * waits on it.
 */
@ApplicationScoped
public class UserService {
    @Inject
    UserRepository users;

    @Inject
    SessionRepository sessions;

    @Inject
    ThrottleRepository throttle;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    AuthEvents events;

    @Inject
    RevocationRelay relay;

    @Transactional
    public User create(NewAccount account, Actor actor, Origin origin) {
        return insert(account, actor, origin, AuditEventType.USER_CREATED);
    }

    /** Inserts a checked account in the caller's transaction; {@code event} says why it was created. */
    @Transactional(Transactional.TxType.MANDATORY)
    public User insert(NewAccount account, Actor actor, Origin origin, AuditEventType event) {
        String hash = passwords.hash(account.password());
        if (users.credentials(account.username()).isPresent()) {
            throw ProblemException.conflict("The username '" + account.username() + "' is taken");
        }
        Instant now = clock.instant();
        User user = new User(
                UUID.randomUUID(),
                account.username(),
                account.fullName(),
                account.email(),
                account.department(),
                account.labAffiliation(),
                account.role(),
                true,
                now,
                actor.name(),
                now,
                null,
                now);
        users.insert(user, hash);
        audit.record(AuditEvent.of(event, actor, origin)
                .about(user.username(), user.id())
                .change(null, user.role().wireValue()));
        events.userCreated(user, actor);
        return user;
    }

    @Transactional
    public User get(UUID id) {
        return users.find(id).orElseThrow(() -> ProblemException.notFound("User", id));
    }

    /** The fields a user list may be sorted by. */
    public static Set<String> sortableFields() {
        return UserRepository.sortableFields();
    }

    /** The page and its total from one transaction. */
    @Transactional
    public Page<User> list(UserFilter filter, PageRequest page) {
        return users.page(filter, page);
    }

    /**
     * Gives a user another role and ends every session at once (AU-3), as disabling does: tokens
     * carry their groups, so none issued under the old role may be honoured; the next login carries
     * the new one. Demoting the last enabled administrator is refused, so the system can never be
     * left without one.
     */
    @Transactional
    public User changeRole(UUID id, Role role, String reason, Actor actor, Origin origin) {
        User user = users.lock(id).orElseThrow(() -> ProblemException.notFound("User", id));
        if (user.role() == role) {
            return user;
        }
        if (user.role() == Role.LAB_ADMINISTRATOR && user.enabled()) {
            requireAnotherAdministrator("demoted");
        }
        Instant now = clock.instant();
        users.updateRole(id, role, now);
        List<UUID> revoked = sessions.revokeAllOf(id, null, "role changed", now);
        relay.sessionsRevoked(revoked);
        audit.record(AuditEvent.of(AuditEventType.ROLE_CHANGED, actor, origin)
                .about(user.username(), id)
                .change(user.role().wireValue(), role.wireValue())
                .because(reason)
                .detail(revoked.size() + " sessions revoked"));
        events.roleChanged(user, role.wireValue(), reason, actor);
        return users.find(id).orElseThrow();
    }

    /** Disables a user and revokes every session at once; the last enabled administrator stays. */
    @Transactional
    public User disable(UUID id, String reason, Actor actor, Origin origin) {
        User user = users.lock(id).orElseThrow(() -> ProblemException.notFound("User", id));
        if (!user.enabled()) {
            return user;
        }
        if (user.role() == Role.LAB_ADMINISTRATOR) {
            requireAnotherAdministrator("disabled");
        }
        Instant now = clock.instant();
        users.updateEnabled(id, false, now);
        List<UUID> revoked = sessions.revokeAllOf(id, null, "user disabled", now);
        relay.sessionsRevoked(revoked);
        audit.record(AuditEvent.of(AuditEventType.USER_DISABLED, actor, origin)
                .about(user.username(), id)
                .change("enabled", "disabled")
                .because(reason)
                .detail(revoked.size() + " sessions revoked"));
        events.disabled(user, reason, actor);
        return users.find(id).orElseThrow();
    }

    /** Enables a user again and lifts any lockout of the username (AU-2). */
    @Transactional
    public User enable(UUID id, String reason, Actor actor, Origin origin) {
        String username = get(id).username();
        // The throttle row before the user row: the order a login takes them in, so the two never deadlock.
        throttle.clear(username);
        User user = users.lock(id).orElseThrow();
        if (!user.enabled()) {
            users.updateEnabled(id, true, clock.instant());
            events.enabled(user, reason, actor);
        }
        audit.record(AuditEvent.of(AuditEventType.USER_ENABLED, actor, origin)
                .about(user.username(), id)
                .change(user.enabled() ? "enabled" : "disabled", "enabled")
                .because(reason));
        return users.find(id).orElseThrow();
    }

    /**
     * Stores a new password the caller proved they may set (the check cleared the username's
     * failures); every other session of the user ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public User replacePassword(Caller caller, String newPassword, Origin origin) {
        String hash = passwords.hash(newPassword);
        Instant now = clock.instant();
        users.updatePassword(caller.id(), hash, now);
        List<UUID> revoked = sessions.revokeAllOf(caller.id(), caller.sessionId(), "password changed", now);
        relay.sessionsRevoked(revoked);
        audit.record(AuditEvent.of(AuditEventType.PASSWORD_CHANGED, caller.actor(), origin)
                .about(caller.upn(), caller.id())
                .detail(revoked.size() + " other sessions revoked"));
        return users.find(caller.id()).orElseThrow();
    }

    private void requireAnotherAdministrator(String change) {
        if (users.lockAndCountEnabledAdministrators() <= 1) {
            throw ProblemException.conflict("This is the last enabled lab_administrator; it cannot be " + change
                    + " until another administrator exists");
        }
    }
}
