package org.tracseq.auth.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracseq.auth.domain.AuditEvent;
import org.tracseq.auth.domain.AuditFilter;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.persistence.NativeValues;
import org.tracseq.platform.persistence.PagedQuery;

/** The append-only {@code audit_events} table (AU-4). Callers bring the transaction. */
@ApplicationScoped
public class AuditRepository {
    @PersistenceContext(unitName = "auth")
    EntityManager em;

    /** Adds the event; its {@code at} is already set. */
    public void insert(AuditEvent event) {
        em.persist(AuditEventEntity.of(event));
    }

    /** Newest first. */
    public Page<AuditEvent> page(AuditFilter filter, PageRequest request) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.type() != null) {
            conditions.add("a.eventType = :type");
            parameters.put("type", filter.type().wireValue());
        }
        if (filter.subject() != null && !filter.subject().isBlank()) {
            conditions.add("(a.subject = :subject OR a.subjectId = :subject)");
            parameters.put("subject", filter.subject());
        }
        if (filter.from() != null) {
            conditions.add("a.occurredAt >= :from");
            parameters.put("from", NativeValues.utc(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("a.occurredAt < :to");
            parameters.put("to", NativeValues.utc(filter.to()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<AuditEventEntity> items = em.createQuery(
                "SELECT a FROM AuditEventEntity a" + where + " ORDER BY a.occurredAt DESC, a.id DESC",
                AuditEventEntity.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditEventEntity a" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        return PagedQuery.of(items, count, request).map(AuditEventEntity::toEvent);
    }
}
