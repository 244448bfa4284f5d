package org.tracseq.auth.persistence;

import static org.tracseq.platform.persistence.NativeValues.utc;
import static org.tracseq.platform.persistence.Queries.fresh;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.auth.domain.ServicePrincipal;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.persistence.PagedQuery;

/**
 * The {@code service_principals} table; the API key is only ever stored as its hash. Using and
 * revoking a key are conditional updates (only while the key is active), so two concurrent
 * revocations record one. Callers bring the transaction.
 */
@ApplicationScoped
public class ServicePrincipalRepository {
    @PersistenceContext(unitName = "auth")
    EntityManager em;

    /** Inserts at once, not at commit: a name taken concurrently fails here, as a 409. */
    public void insert(ServicePrincipal principal, String keyHash) {
        em.persist(ServicePrincipalEntity.of(principal, keyHash));
        em.flush();
    }

    public Optional<ServicePrincipal> find(UUID id) {
        return fresh(em.createQuery(
                                "SELECT p FROM ServicePrincipalEntity p WHERE p.id = :id", ServicePrincipalEntity.class)
                        .setParameter("id", id))
                .getResultStream()
                .findFirst()
                .map(ServicePrincipalEntity::toPrincipal);
    }

    public boolean nameTaken(String name) {
        return em.createQuery("SELECT COUNT(p) FROM ServicePrincipalEntity p WHERE p.name = :name", Long.class)
                        .setParameter("name", name)
                        .getSingleResult()
                > 0;
    }

    /** The active principal holding this key, marked as used now. */
    public Optional<ServicePrincipal> useKey(String keyHash, Instant now) {
        int used = em.createNativeQuery("UPDATE service_principals SET last_used_at = ?1 "
                        + "WHERE key_hash = ?2 AND revoked_at IS NULL")
                .setParameter(1, utc(now))
                .setParameter(2, keyHash)
                .executeUpdate();
        if (used == 0) {
            return Optional.empty();
        }
        return fresh(em.createQuery(
                                "SELECT p FROM ServicePrincipalEntity p WHERE p.keyHash = :hash",
                                ServicePrincipalEntity.class)
                        .setParameter("hash", keyHash))
                .getResultStream()
                .findFirst()
                .map(ServicePrincipalEntity::toPrincipal);
    }

    /** Revokes the key if still active; the row, its name and its history stay. Empty when it was not active. */
    public Optional<ServicePrincipal> revoke(UUID id, String actor, Instant now) {
        int revoked = em.createNativeQuery("UPDATE service_principals SET revoked_at = ?1, revoked_by = ?2 "
                        + "WHERE id = ?3 AND revoked_at IS NULL")
                .setParameter(1, utc(now))
                .setParameter(2, actor)
                .setParameter(3, id)
                .executeUpdate();
        return revoked == 0 ? Optional.empty() : find(id);
    }

    /** Principals revoked after {@code since}, for the revocation relay's sweep. */
    public List<UUID> revokedSince(Instant since) {
        return em.createQuery("SELECT p.id FROM ServicePrincipalEntity p WHERE p.revokedAt > :since", UUID.class)
                .setParameter("since", utc(since))
                .getResultList();
    }

    public boolean isActive(UUID id) {
        return em.createQuery(
                                "SELECT COUNT(p) FROM ServicePrincipalEntity p WHERE p.id = :id AND p.revokedAt IS NULL",
                                Long.class)
                        .setParameter("id", id)
                        .getSingleResult()
                > 0;
    }

    /** Newest first. */
    public Page<ServicePrincipal> page(PageRequest request) {
        return PagedQuery.of(
                        em.createQuery(
                                "SELECT p FROM ServicePrincipalEntity p ORDER BY p.createdAt DESC, p.id",
                                ServicePrincipalEntity.class),
                        em.createQuery("SELECT COUNT(p) FROM ServicePrincipalEntity p", Long.class),
                        request)
                .map(ServicePrincipalEntity::toPrincipal);
    }
}
