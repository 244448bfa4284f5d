package org.tracseq.auth.persistence;

import static org.tracseq.platform.persistence.NativeValues.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** One-time setup tokens for the first administrator, stored as hashes. Callers bring the transaction. */
@ApplicationScoped
public class SetupTokenRepository {
    @PersistenceContext(unitName = "auth")
    EntityManager em;

    public void insert(String tokenHash, Instant now, Instant expiresAt) {
        em.persist(SetupTokenEntity.of(tokenHash, now, expiresAt));
    }

    /**
     * Uses the token if it exists, is unused and unexpired; true when this call used it. One
     * conditional update, so a token works once however many setups race with it.
     */
    public boolean use(String tokenHash, Instant now) {
        return em.createNativeQuery("UPDATE setup_tokens SET used_at = ?1 WHERE token_hash = ?2 "
                                + "AND used_at IS NULL AND expires_at > ?3")
                        .setParameter(1, utc(now))
                        .setParameter(2, tokenHash)
                        .setParameter(3, utc(now))
                        .executeUpdate()
                == 1;
    }
}
