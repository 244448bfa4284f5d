package org.tracseq.auth.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** One-time setup tokens for the first administrator, stored as hashes. */
@ApplicationScoped
public class SetupTokenRepository {
    @Inject
    Jdbc jdbc;

    public void insert(String tokenHash, Instant now, Instant expiresAt) {
        jdbc.update(
                "INSERT INTO setup_tokens (token_hash, created_at, expires_at) VALUES (?, ?, ?)",
                tokenHash,
                now,
                expiresAt);
    }

    /** Uses the token if it exists, is unused and unexpired; true when this call used it. */
    public boolean use(String tokenHash, Instant now) {
        return jdbc.update(
                        "UPDATE setup_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL "
                                + "AND expires_at > ?",
                        now,
                        tokenHash,
                        now)
                == 1;
    }
}
