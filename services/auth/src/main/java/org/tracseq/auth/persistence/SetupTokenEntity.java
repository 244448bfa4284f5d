package org.tracseq.auth.persistence;

import static org.tracseq.platform.persistence.NativeValues.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A row of {@code setup_tokens}: a one-time token for the first administrator, as its SHA-256. */
@Entity
@Table(name = "setup_tokens")
public class SetupTokenEntity {
    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected SetupTokenEntity() {}

    static SetupTokenEntity of(String tokenHash, Instant createdAt, Instant expiresAt) {
        SetupTokenEntity entity = new SetupTokenEntity();
        entity.tokenHash = tokenHash;
        entity.createdAt = utc(createdAt);
        entity.expiresAt = utc(expiresAt);
        return entity;
    }
}
