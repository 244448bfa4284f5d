package org.tracseq.samples.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.persistence.PagedQuery;
import org.tracseq.samples.domain.AuditEntry;
import org.tracseq.samples.domain.SampleStatus;
import org.tracseq.samples.domain.StatusChange;

/** The append-only records of what happened to samples: status history and audit trail. */
@ApplicationScoped
public class HistoryRepository {
    @PersistenceContext(unitName = "samples")
    EntityManager em;

    public void add(StatusChangeEntity change) {
        em.persist(change);
    }

    public void add(AuditEntryEntity entry) {
        em.persist(entry);
    }

    /** Oldest first, registration included. */
    public List<StatusChange> statusHistory(UUID sampleId) {
        return em.createQuery(
                        "SELECT h FROM StatusChangeEntity h WHERE h.sampleId = :id ORDER BY h.changedAt, h.id",
                        StatusChangeEntity.class)
                .setParameter("id", sampleId)
                .getResultStream()
                .map(StatusChangeEntity::toStatusChange)
                .toList();
    }

    /** Whether the sample's status history ever reached {@code status} (registration included). */
    public boolean hasReached(UUID sampleId, SampleStatus status) {
        return !em.createQuery(
                        "SELECT h.id FROM StatusChangeEntity h WHERE h.sampleId = :id AND h.toStatus = :status",
                        Long.class)
                .setParameter("id", sampleId)
                .setParameter("status", status.wireValue())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Newest first. */
    public Page<AuditEntry> audit(UUID sampleId, PageRequest page) {
        TypedQuery<Long> count = em.createQuery(
                        "SELECT COUNT(a) FROM AuditEntryEntity a WHERE a.sampleId = :id", Long.class)
                .setParameter("id", sampleId);
        TypedQuery<AuditEntryEntity> items = em.createQuery(
                        "SELECT a FROM AuditEntryEntity a WHERE a.sampleId = :id ORDER BY a.at DESC, a.id DESC",
                        AuditEntryEntity.class)
                .setParameter("id", sampleId);
        return PagedQuery.of(items, count, page).map(AuditEntryEntity::toEntry);
    }
}
