package org.tracseq.auth.persistence;

import static org.tracseq.platform.persistence.NativeValues.instant;
import static org.tracseq.platform.persistence.NativeValues.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.tracseq.auth.domain.Session;

/** A row of {@code sessions}: one login, the family of its refresh tokens (AU-3). */
@Entity
@Table(name = "sessions")
public class SessionEntity {
    @Id
    private UUID id;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "last_refreshed_at")
    private OffsetDateTime lastRefreshedAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_reason")
    private String revokedReason;

    private String ip;

    @Column(name = "user_agent")
    private String userAgent;

    protected SessionEntity() {}

    static SessionEntity of(Session session) {
        SessionEntity entity = new SessionEntity();
        entity.id = session.id();
        entity.userId = session.userId();
        entity.createdAt = utc(session.createdAt());
        entity.lastRefreshedAt = utc(session.lastRefreshedAt());
        entity.expiresAt = utc(session.expiresAt());
        entity.revokedAt = utc(session.revokedAt());
        entity.revokedReason = session.revokedReason();
        entity.ip = session.ip();
        entity.userAgent = session.userAgent();
        return entity;
    }

    void refreshed(Instant now) {
        lastRefreshedAt = utc(now);
    }

    Session toSession() {
        return new Session(
                id,
                userId,
                instant(createdAt),
                instant(lastRefreshedAt),
                instant(expiresAt),
                instant(revokedAt),
                revokedReason,
                ip,
                userAgent);
    }
}
