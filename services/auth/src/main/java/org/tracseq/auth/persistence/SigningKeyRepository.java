package org.tracseq.auth.persistence;

import static org.tracseq.platform.persistence.NativeValues.utc;
import static org.tracseq.platform.persistence.Queries.fresh;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tracseq.auth.token.SigningKey;
import org.tracseq.platform.persistence.Queries;

/**
 * The {@code signing_keys} table: keys as JWK JSON, the private half only while a key is active.
 * A unique index allows exactly one active key. Callers bring the transaction for changes.
 */
@ApplicationScoped
public class SigningKeyRepository {
    @PersistenceContext(unitName = "auth")
    EntityManager em;

    /** Serialises key creation and rotation across instances until the transaction ends. */
    public void lock() {
        Queries.advisoryLock(em, "auth.signing_keys");
    }

    public void insert(SigningKey key) {
        em.persist(SigningKeyEntity.of(key));
    }

    /**
     * Retires the active key: it stops signing and its private half is erased. Run at once (not at
     * commit) so the next key's insert never meets two active keys in the one-active index.
     */
    public void retire(String kid, Instant now) {
        em.createNativeQuery("UPDATE signing_keys SET retired_at = ?1, private_jwk = NULL "
                        + "WHERE kid = ?2 AND retired_at IS NULL")
                .setParameter(1, utc(now))
                .setParameter(2, kid)
                .executeUpdate();
    }

    /** The active key and the keys retired after {@code retiredAfter}, newest first. */
    public List<SigningKey> retiredAfter(Instant retiredAfter) {
        return fresh(em.createQuery(
                                "SELECT k FROM SigningKeyEntity k WHERE k.retiredAt IS NULL OR k.retiredAt > :after "
                                        + "ORDER BY k.createdAt DESC",
                                SigningKeyEntity.class)
                        .setParameter("after", utc(retiredAfter)))
                .getResultStream()
                .map(SigningKeyEntity::toKey)
                .toList();
    }

    public Optional<SigningKey> active() {
        return fresh(em.createQuery(
                        "SELECT k FROM SigningKeyEntity k WHERE k.retiredAt IS NULL", SigningKeyEntity.class))
                .getResultStream()
                .findFirst()
                .map(SigningKeyEntity::toKey);
    }
}
