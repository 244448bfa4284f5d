package org.tracseq.auth.domain;

import java.time.Instant;
import java.util.UUID;

/** A stored refresh token: its hash, the session it belongs to, and whether it was spent. */
public record RefreshToken(String tokenHash, UUID sessionId, Instant issuedAt, Instant expiresAt, Instant spentAt) {}
