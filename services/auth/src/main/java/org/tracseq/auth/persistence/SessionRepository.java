package org.tracseq.auth.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.auth.domain.Page;
import org.tracseq.auth.domain.RefreshToken;
import org.tracseq.auth.domain.Session;
import org.tracseq.auth.service.RevocationRelay;

/** Sessions and their refresh tokens ({@code sessions}, {@code refresh_tokens}). Callers bring the transaction. */
@ApplicationScoped
public class SessionRepository {
    private static final String SESSION_COLUMNS =
            "id, user_id, created_at, last_refreshed_at, expires_at, " + "revoked_at, revoked_reason, ip, user_agent";
    private static final String OPEN = "revoked_at IS NULL AND expires_at > ?";

    @Inject
    Jdbc jdbc;

    @Inject
    RevocationRelay relay;

    public void insert(Session session) {
        jdbc.update(
                "INSERT INTO sessions (" + SESSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                session.id(),
                session.userId(),
                session.createdAt(),
                session.lastRefreshedAt(),
                session.expiresAt(),
                session.revokedAt(),
                session.revokedReason(),
                session.ip(),
                session.userAgent());
    }

    public void insert(RefreshToken token) {
        jdbc.update(
                "INSERT INTO refresh_tokens (token_hash, session_id, issued_at, expires_at, spent_at) "
                        + "VALUES (?, ?, ?, ?, ?)",
                token.tokenHash(),
                token.sessionId(),
                token.issuedAt(),
                token.expiresAt(),
                token.spentAt());
    }

    public Optional<Session> find(UUID id) {
        return jdbc.one("SELECT " + SESSION_COLUMNS + " FROM sessions WHERE id = ?", SessionRepository::session, id);
    }

    /**
     * The presented refresh token and its session, both rows locked: of two concurrent refreshes
     * with one token, the second waits and then finds it spent.
     */
    public Optional<RefreshToken> lockToken(String tokenHash) {
        return jdbc.one(
                "SELECT token_hash, session_id, issued_at, expires_at, spent_at FROM refresh_tokens "
                        + "WHERE token_hash = ? FOR UPDATE",
                SessionRepository::token,
                tokenHash);
    }

    public Optional<Session> lock(UUID sessionId) {
        return jdbc.one(
                "SELECT " + SESSION_COLUMNS + " FROM sessions WHERE id = ? FOR UPDATE",
                SessionRepository::session,
                sessionId);
    }

    public void spend(String tokenHash, Instant now) {
        jdbc.update("UPDATE refresh_tokens SET spent_at = ? WHERE token_hash = ?", now, tokenHash);
    }

    public void markRefreshed(UUID sessionId, Instant now) {
        jdbc.update("UPDATE sessions SET last_refreshed_at = ? WHERE id = ?", now, sessionId);
    }

    /** Revokes one session if still unrevoked; true when this call revoked it. */
    public boolean revoke(UUID sessionId, String reason, Instant now) {
        boolean revoked = jdbc.update(
                        "UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE id = ? "
                                + "AND revoked_at IS NULL",
                        now,
                        reason,
                        sessionId)
                == 1;
        if (revoked) {
            relay.sessionsRevoked(List.of(sessionId));
        }
        return revoked;
    }

    /** Revokes every open session of a user except {@code keep} (may be null); returns how many. */
    public int revokeAllOf(UUID userId, UUID keep, String reason, Instant now) {
        List<UUID> revoked = jdbc.list(
                "UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE user_id = ? "
                        + "AND revoked_at IS NULL AND id IS DISTINCT FROM ? RETURNING id",
                row -> row.getObject("id", UUID.class),
                now,
                reason,
                userId,
                keep);
        relay.sessionsRevoked(revoked);
        return revoked.size();
    }

    /** Sessions revoked after {@code since}, for the revocation relay's sweep. */
    public List<UUID> revokedSince(Instant since) {
        return jdbc.list("SELECT id FROM sessions WHERE revoked_at > ?", row -> row.getObject("id", UUID.class), since);
    }

    /** Whether the session is open and belongs to {@code userId}, who is still enabled. */
    public boolean isOpenFor(UUID sessionId, UUID userId, Instant now) {
        return jdbc.count(
                        "SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ? "
                                + "AND u.id = ? AND u.enabled AND s.revoked_at IS NULL AND s.expires_at > ?",
                        sessionId,
                        userId,
                        now)
                > 0;
    }

    public Page<Session> openSessions(UUID userId, Instant now, int page, int size) {
        long total = jdbc.count("SELECT count(*) FROM sessions WHERE user_id = ? AND " + OPEN, userId, now);
        List<Session> sessions = jdbc.list(
                "SELECT " + SESSION_COLUMNS + " FROM sessions WHERE user_id = ? AND " + OPEN
                        + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                SessionRepository::session,
                userId,
                now,
                size,
                page * size);
        return new Page<>(sessions, page, size, total);
    }

    private static Session session(ResultSet row) throws SQLException {
        return new Session(
                row.getObject("id", UUID.class),
                row.getObject("user_id", UUID.class),
                Jdbc.instant(row, "created_at"),
                Jdbc.instant(row, "last_refreshed_at"),
                Jdbc.instant(row, "expires_at"),
                Jdbc.instant(row, "revoked_at"),
                row.getString("revoked_reason"),
                row.getString("ip"),
                row.getString("user_agent"));
    }

    private static RefreshToken token(ResultSet row) throws SQLException {
        return new RefreshToken(
                row.getString("token_hash"),
                row.getObject("session_id", UUID.class),
                Jdbc.instant(row, "issued_at"),
                Jdbc.instant(row, "expires_at"),
                Jdbc.instant(row, "spent_at"));
    }
}
