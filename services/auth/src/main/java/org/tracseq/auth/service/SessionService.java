package org.tracseq.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.auth.domain.Actor;
import org.tracseq.auth.domain.AuditEvent;
import org.tracseq.auth.domain.AuditEventType;
import org.tracseq.auth.domain.Origin;
import org.tracseq.auth.domain.RefreshRotation;
import org.tracseq.auth.domain.RefreshToken;
import org.tracseq.auth.domain.Secrets;
import org.tracseq.auth.domain.Session;
import org.tracseq.auth.domain.User;
import org.tracseq.auth.persistence.SessionRepository;
import org.tracseq.auth.persistence.UserRepository;
import org.tracseq.auth.token.TokenSubject;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ProblemException;

/** Login sessions and their rotating refresh tokens (AU-3). */
@ApplicationScoped
public class SessionService {
    static final String INVALID_REFRESH = "The refresh token is invalid, expired or revoked; log in again";

    @Inject
    SessionRepository sessions;

    @Inject
    UserRepository users;

    @Inject
    TokenIssuer tokens;

    @Inject
    @ConfigProperties
    AuthSettings settings;

    @Inject
    @ConfigProperties
    TokenSettings tokenSettings;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    RevocationRelay relay;

    /** Starts a session for a user who just proved who they are: an access token and its first refresh token. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Tokens open(User user, Origin origin) {
        Instant now = clock.instant();
        Session session = new Session(
                UUID.randomUUID(),
                user.id(),
                now,
                null,
                now.plus(settings.sessionLifetime()),
                null,
                null,
                origin.ip(),
                origin.userAgent());
        sessions.insert(session);
        return issue(user, session, now);
    }

    /**
     * Rotates a refresh token: the presented one is spent and replaced. A spent one presented again
     * revokes its session; that revocation commits although the caller is answered 401.
     */
    @Transactional(dontRollbackOn = AuthenticationFailed.class)
    public Tokens refresh(String presented, Origin origin) {
        Instant now = clock.instant();
        RefreshToken token = sessions.lockToken(Secrets.hash(presented))
                .orElseThrow(() -> new AuthenticationFailed(INVALID_REFRESH));
        Session session = sessions.lock(token.sessionId()).orElseThrow();
        User user = users.find(session.userId()).orElseThrow();
        switch (RefreshRotation.judge(token, session, now)) {
            case ROTATE -> {
                if (!user.enabled()) {
                    throw new AuthenticationFailed(INVALID_REFRESH);
                }
                sessions.spend(token.tokenHash(), now);
                sessions.markRefreshed(session.id(), now);
                audit.record(AuditEvent.of(AuditEventType.TOKEN_REFRESHED, Actor.of(user), origin)
                        .about(user.username(), user.id())
                        .detail("session " + session.id()));
                return issue(user, session, now);
            }
            case REUSED -> {
                if (sessions.revoke(session.id(), "refresh token reused", now)) {
                    relay.sessionsRevoked(List.of(session.id()));
                }
                audit.record(AuditEvent.of(AuditEventType.REFRESH_TOKEN_REUSED, Actor.of(user), origin)
                        .about(user.username(), user.id())
                        .detail("A spent refresh token of session " + session.id() + " was presented again; "
                                + "the session is revoked (" + RefreshRotation.RULE + ")"));
                throw new AuthenticationFailed(INVALID_REFRESH);
            }
            default -> throw new AuthenticationFailed(INVALID_REFRESH);
        }
    }

    /** Ends the session the caller's token belongs to; returns it, revoked. */
    @Transactional
    public Session logout(Caller caller, Origin origin) {
        if (caller.sessionId() == null) {
            throw ProblemException.badRequest("This token belongs to no session (API-key tokens simply expire)");
        }
        revoke(caller, caller.sessionId(), "logout", AuditEventType.LOGOUT, origin);
        return sessions.find(caller.sessionId()).orElseThrow();
    }

    /** Revokes one of the caller's own sessions; somebody else's is as unknown as a session that never was. */
    @Transactional
    public Session revokeOwn(Caller caller, UUID sessionId, Origin origin) {
        sessions.find(sessionId)
                .filter(found -> found.userId().equals(caller.id()))
                .orElseThrow(() -> ProblemException.notFound("Session", sessionId));
        revoke(caller, sessionId, "revoked by its user", AuditEventType.SESSION_REVOKED, origin);
        return sessions.find(sessionId).orElseThrow();
    }

    private void revoke(Caller caller, UUID sessionId, String reason, AuditEventType event, Origin origin) {
        if (sessions.revoke(sessionId, reason, clock.instant())) {
            relay.sessionsRevoked(List.of(sessionId));
            audit.record(AuditEvent.of(event, caller.actor(), origin)
                    .about(caller.upn(), caller.id())
                    .detail("session " + sessionId));
        }
    }

    /** A user's open sessions, newest first; the page and its total from one transaction. */
    @Transactional
    public Page<Session> openSessions(UUID userId, PageRequest request) {
        return sessions.openSessions(userId, clock.instant(), request);
    }

    /** Whether a user's token is still good: its session open and its user enabled. */
    @Transactional
    public boolean isOpen(UUID sessionId, UUID userId) {
        return sessions.isOpenFor(sessionId, userId, clock.instant());
    }

    private Tokens issue(User user, Session session, Instant now) {
        String secret = Secrets.generate(Secrets.REFRESH_TOKEN);
        Instant refreshExpiry = earliest(now.plus(tokenSettings.refreshTokenLifetime()), session.expiresAt());
        sessions.insert(new RefreshToken(Secrets.hash(secret), session.id(), now, refreshExpiry, null));
        var access = tokens.issue(new TokenSubject(user.id(), user.username(), user.role(), session.id()));
        return new Tokens(access, secret, refreshExpiry, session.id());
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
