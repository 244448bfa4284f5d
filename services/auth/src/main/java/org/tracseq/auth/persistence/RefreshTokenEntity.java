package org.tracseq.auth.persistence;

import static org.tracseq.platform.persistence.NativeValues.instant;
import static org.tracseq.platform.persistence.NativeValues.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.tracseq.auth.domain.RefreshToken;

/**
 * A row of {@code refresh_tokens}: a token's SHA-256 and whether it was spent. A spent row stays,
 * so presenting the token again is recognised as reuse (AU-3).
 */
@Entity
@Table(name = "refresh_tokens")
public class RefreshTokenEntity {
    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    /** The mapped relation tells EclipseLink to insert a new session before its first token. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private SessionEntity session;

    /** The same column, read without loading the session. */
    @Column(name = "session_id", insertable = false, updatable = false)
    private UUID sessionId;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "spent_at")
    private OffsetDateTime spentAt;

    protected RefreshTokenEntity() {}

    static RefreshTokenEntity of(RefreshToken token, SessionEntity session) {
        RefreshTokenEntity entity = new RefreshTokenEntity();
        entity.tokenHash = token.tokenHash();
        entity.session = session;
        entity.sessionId = token.sessionId();
        entity.issuedAt = utc(token.issuedAt());
        entity.expiresAt = utc(token.expiresAt());
        entity.spentAt = utc(token.spentAt());
        return entity;
    }

    void spend(Instant now) {
        spentAt = utc(now);
    }

    RefreshToken toToken() {
        return new RefreshToken(tokenHash, sessionId, instant(issuedAt), instant(expiresAt), instant(spentAt));
    }
}
