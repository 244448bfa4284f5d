package org.tracseq.events.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.tracseq.events.domain.DeliveryAttempt;
import org.tracseq.events.domain.DueDelivery;
import org.tracseq.events.domain.Subscription;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.persistence.NativeValues;
import org.tracseq.platform.persistence.PagedQuery;

/** Deliveries waiting or done, and the log of every attempt. */
@ApplicationScoped
public class DeliveryRepository {
    @PersistenceContext(unitName = "events")
    EntityManager em;

    public void enqueue(UUID subscriptionId, long position, Instant due) {
        em.createNativeQuery("INSERT INTO deliveries (subscription_id, event_position, due_at) "
                        + "VALUES (CAST(?1 AS uuid), ?2, ?3)")
                .setParameter(1, subscriptionId.toString())
                .setParameter(2, position)
                .setParameter(3, NativeValues.utc(due))
                .executeUpdate();
    }

    /** A delivery of every event that occurred in [from, to) and matches the subscription's types; how many. */
    public int enqueueOccurred(Subscription subscription, Instant from, Instant to, Instant due) {
        Where where = new Where()
                .and("occurred_at >= ?", NativeValues.utc(from))
                .and("occurred_at < ?", NativeValues.utc(to))
                .anyType(subscription.patterns());
        String subscriptionParameter = where.next();
        String dueParameter = "?" + (where.size() + 2);
        return where.bind(em.createNativeQuery("INSERT INTO deliveries (subscription_id, event_position, due_at) "
                        + "SELECT CAST(" + subscriptionParameter + " AS uuid), position, " + dueParameter
                        + " FROM events" + where.sql() + " ORDER BY position"))
                .setParameter(where.size() + 1, subscription.id().toString())
                .setParameter(where.size() + 2, NativeValues.utc(due))
                .executeUpdate();
    }

    /**
     * Takes up to {@code limit} deliveries due at {@code now} to enabled subscriptions and moves them
     * to {@code leaseUntil}, so no other worker (or instance) sends them meanwhile; the caller sends
     * them after this transaction commits, holding no lock. If it dies, they are due again then.
     */
    @SuppressWarnings("unchecked")
    public List<DueDelivery> lease(Instant now, Instant leaseUntil, int limit) {
        List<Object> ids = em.createNativeQuery("UPDATE deliveries SET due_at = ?1 WHERE id IN ("
                        + "SELECT d.id FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id "
                        + "WHERE d.delivered_at IS NULL AND d.due_at <= ?2 AND s.enabled "
                        + "ORDER BY d.due_at, d.id LIMIT ?3 FOR UPDATE OF d SKIP LOCKED) RETURNING id")
                .setParameter(1, NativeValues.utc(leaseUntil))
                .setParameter(2, NativeValues.utc(now))
                .setParameter(3, limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return ((List<Object[]>) em.createNativeQuery("SELECT d.id, d.subscription_id, s.url, s.secret, d.attempts, "
                                + "e.position, e.id, e.type, e.aggregate_id, e.version, e.occurred_at, e.actor, "
                                + "e.request_id, e.payload::text FROM deliveries d "
                                + "JOIN subscriptions s ON s.id = d.subscription_id "
                                + "JOIN events e ON e.position = d.event_position "
                                + "WHERE d.id = ANY(CAST(?1 AS bigint[])) ORDER BY e.position")
                        .setParameter(1, NativeValues.array(ids))
                        .getResultList())
                .stream()
                        .map(row -> new DueDelivery(
                                NativeValues.number(row[0]),
                                NativeValues.uuid(row[1]),
                                NativeValues.text(row[2]),
                                NativeValues.text(row[3]),
                                NativeValues.integer(row[4]),
                                EventRepository.event(Arrays.copyOfRange(row, 5, row.length))))
                        .toList();
    }

    public void delivered(long id, int attempts, Instant at) {
        em.createNativeQuery("UPDATE deliveries SET attempts = ?2, delivered_at = ?3 WHERE id = ?1")
                .setParameter(1, id)
                .setParameter(2, attempts)
                .setParameter(3, NativeValues.utc(at))
                .executeUpdate();
    }

    public void retryAt(long id, int attempts, Instant due) {
        em.createNativeQuery("UPDATE deliveries SET attempts = ?2, due_at = ?3 WHERE id = ?1")
                .setParameter(1, id)
                .setParameter(2, attempts)
                .setParameter(3, NativeValues.utc(due))
                .executeUpdate();
    }

    /** Every waiting delivery of the subscription due at {@code due} (a re-enabled subscription sends them at once). */
    public void dueAgain(UUID subscriptionId, Instant due) {
        em.createNativeQuery("UPDATE deliveries SET due_at = ?2 "
                        + "WHERE subscription_id = CAST(?1 AS uuid) AND delivered_at IS NULL")
                .setParameter(1, subscriptionId.toString())
                .setParameter(2, NativeValues.utc(due))
                .executeUpdate();
    }

    public void log(long deliveryId, UUID subscriptionId, DeliveryAttempt attempt) {
        em.createNativeQuery(
                        "INSERT INTO delivery_attempts (subscription_id, delivery_id, event_id, event_type, "
                                + "attempt, at, status_code, error, duration_ms, delivered) "
                                + "VALUES (CAST(?1 AS uuid), ?2, CAST(?3 AS uuid), ?4, ?5, ?6, CAST(?7 AS integer), ?8, ?9, ?10)")
                .setParameter(1, subscriptionId.toString())
                .setParameter(2, deliveryId)
                .setParameter(3, attempt.eventId().toString())
                .setParameter(4, attempt.eventType())
                .setParameter(5, attempt.attempt())
                .setParameter(6, NativeValues.utc(attempt.at()))
                .setParameter(7, attempt.statusCode())
                .setParameter(8, attempt.error())
                .setParameter(9, attempt.durationMs())
                .setParameter(10, attempt.delivered())
                .executeUpdate();
    }

    /** The subscription's delivery log, newest first. */
    public Page<DeliveryAttempt> log(UUID subscriptionId, PageRequest page) {
        return PagedQuery.ofNative(
                em.createNativeQuery("SELECT event_id, event_type, attempt, at, status_code, error, duration_ms, "
                                + "delivered FROM delivery_attempts WHERE subscription_id = CAST(?1 AS uuid) "
                                + "ORDER BY id DESC")
                        .setParameter(1, subscriptionId.toString()),
                em.createNativeQuery("SELECT count(*) FROM delivery_attempts WHERE subscription_id = CAST(?1 AS uuid)")
                        .setParameter(1, subscriptionId.toString()),
                page,
                row -> new DeliveryAttempt(
                        NativeValues.uuid(row[0]),
                        NativeValues.text(row[1]),
                        NativeValues.integer(row[2]),
                        NativeValues.instant(row[3]),
                        NativeValues.integer(row[4]),
                        NativeValues.text(row[5]),
                        NativeValues.number(row[6]),
                        NativeValues.bool(row[7])));
    }
}
