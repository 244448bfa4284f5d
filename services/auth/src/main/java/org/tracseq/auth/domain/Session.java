package org.tracseq.auth.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One login: the family of refresh tokens descended from it. It ends when it expires (however often
 * it was refreshed) or is revoked (logout, disable, password change, or a refresh token reused).
 */
public record Session(
        UUID id,
        UUID userId,
        Instant createdAt,
        Instant lastRefreshedAt,
        Instant expiresAt,
        Instant revokedAt,
        String revokedReason,
        String ip,
        String userAgent) {

    public boolean openAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
