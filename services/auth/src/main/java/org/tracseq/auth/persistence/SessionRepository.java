package org.tracseq.auth.persistence;

import static org.tracseq.platform.persistence.NativeValues.utc;
import static org.tracseq.platform.persistence.Queries.fresh;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.auth.domain.RefreshToken;
import org.tracseq.auth.domain.Session;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.persistence.PagedQuery;

/**
 * Sessions and their refresh tokens ({@code sessions}, {@code refresh_tokens}). Revocations are
 * conditional updates (only a session not yet revoked), so of two concurrent revocations one
 * records it. Callers bring the transaction and publish what was revoked.
 */
@ApplicationScoped
public class SessionRepository {
    @PersistenceContext(unitName = "auth")
    EntityManager em;

    public void insert(Session session) {
        em.persist(SessionEntity.of(session));
    }

    /** A refresh token of a session inserted or locked in this transaction. */
    public void insert(RefreshToken token) {
        SessionEntity session = em.find(SessionEntity.class, token.sessionId());
        if (session == null) {
            throw new IllegalStateException("No session " + token.sessionId() + " for a new refresh token");
        }
        em.persist(RefreshTokenEntity.of(token, session));
    }

    public Optional<Session> find(UUID id) {
        return fresh(em.createQuery("SELECT s FROM SessionEntity s WHERE s.id = :id", SessionEntity.class)
                        .setParameter("id", id))
                .getResultStream()
                .findFirst()
                .map(SessionEntity::toSession);
    }

    /**
     * The presented refresh token, its row locked: of two concurrent refreshes with one token, the
     * second waits and then finds it spent.
     */
    public Optional<RefreshToken> lockToken(String tokenHash) {
        return em.createQuery("SELECT t FROM RefreshTokenEntity t WHERE t.tokenHash = :hash", RefreshTokenEntity.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .map(RefreshTokenEntity::toToken);
    }

    /** The session's row, locked until the transaction ends. */
    public Optional<Session> lock(UUID sessionId) {
        return Optional.ofNullable(em.find(SessionEntity.class, sessionId, LockModeType.PESSIMISTIC_WRITE))
                .map(SessionEntity::toSession);
    }

    /** Spends a token locked by {@link #lockToken}. */
    public void spend(String tokenHash, Instant now) {
        em.find(RefreshTokenEntity.class, tokenHash).spend(now);
    }

    /** Marks a session locked by {@link #lock} as refreshed. */
    public void markRefreshed(UUID sessionId, Instant now) {
        em.find(SessionEntity.class, sessionId).refreshed(now);
    }

    /** Revokes one session if still unrevoked; true when this call revoked it. */
    public boolean revoke(UUID sessionId, String reason, Instant now) {
        return em.createNativeQuery("UPDATE sessions SET revoked_at = ?1, revoked_reason = ?2 "
                                + "WHERE id = ?3 AND revoked_at IS NULL")
                        .setParameter(1, utc(now))
                        .setParameter(2, reason)
                        .setParameter(3, sessionId)
                        .executeUpdate()
                == 1;
    }

    /** Revokes every open session of a user except {@code keep} (may be null); returns the ones it revoked. */
    public List<UUID> revokeAllOf(UUID userId, UUID keep, String reason, Instant now) {
        List<?> revoked = em.createNativeQuery("UPDATE sessions SET revoked_at = ?1, revoked_reason = ?2 "
                        + "WHERE user_id = ?3 AND revoked_at IS NULL AND id IS DISTINCT FROM CAST(?4 AS uuid) "
                        + "RETURNING id")
                .setParameter(1, utc(now))
                .setParameter(2, reason)
                .setParameter(3, userId)
                // Sent as text (a null one too) and cast, so PostgreSQL need not guess the type of a null.
                .setParameter(4, keep == null ? null : keep.toString())
                .getResultList();
        return revoked.stream()
                .map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()))
                .toList();
    }

    /** Sessions revoked after {@code since}, for the revocation relay's sweep. */
    public List<UUID> revokedSince(Instant since) {
        return em.createQuery("SELECT s.id FROM SessionEntity s WHERE s.revokedAt > :since", UUID.class)
                .setParameter("since", utc(since))
                .getResultList();
    }

    /** Whether the session is open and belongs to {@code userId}, who is still enabled. */
    public boolean isOpenFor(UUID sessionId, UUID userId, Instant now) {
        return em.createQuery(
                                "SELECT COUNT(s) FROM SessionEntity s, UserEntity u WHERE u.id = s.userId "
                                        + "AND s.id = :session AND u.id = :user AND u.enabled = TRUE "
                                        + "AND s.revokedAt IS NULL AND s.expiresAt > :now",
                                Long.class)
                        .setParameter("session", sessionId)
                        .setParameter("user", userId)
                        .setParameter("now", utc(now))
                        .getSingleResult()
                > 0;
    }

    /** A user's open sessions, newest first. */
    public Page<Session> openSessions(UUID userId, Instant now, PageRequest request) {
        String open = " WHERE s.userId = :user AND s.revokedAt IS NULL AND s.expiresAt > :now";
        return PagedQuery.of(
                        em.createQuery(
                                        "SELECT s FROM SessionEntity s" + open + " ORDER BY s.createdAt DESC, s.id",
                                        SessionEntity.class)
                                .setParameter("user", userId)
                                .setParameter("now", utc(now)),
                        em.createQuery("SELECT COUNT(s) FROM SessionEntity s" + open, Long.class)
                                .setParameter("user", userId)
                                .setParameter("now", utc(now)),
                        request)
                .map(SessionEntity::toSession);
    }
}
