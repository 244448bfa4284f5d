package org.tracseq.events.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.events.domain.Subscription;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.persistence.NativeValues;
import org.tracseq.platform.persistence.PagedQuery;

/** Webhook subscriptions; the secret column is read only to sign deliveries. */
@ApplicationScoped
public class SubscriptionRepository {
    private static final String COLUMNS = "id, url, types, secret, description, enabled, consecutive_failures, "
            + "disabled_reason, disabled_at, created_at, created_by";

    @PersistenceContext(unitName = "events")
    EntityManager em;

    public void insert(Subscription s) {
        changeable(
                        em.createNativeQuery("INSERT INTO subscriptions (" + COLUMNS + ") VALUES (CAST(?1 AS uuid), "
                                + "?2, CAST(?3 AS text[]), ?4, ?5, ?6, ?7, ?8, CAST(?9 AS timestamptz), ?10, ?11)"),
                        s)
                .setParameter(10, NativeValues.utc(s.createdAt()))
                .setParameter(11, s.createdBy())
                .executeUpdate();
    }

    /** Writes every changeable column of {@code s}. */
    public void update(Subscription s) {
        changeable(
                        em.createNativeQuery("UPDATE subscriptions SET url = ?2, types = CAST(?3 AS text[]), "
                                + "secret = ?4, description = ?5, enabled = ?6, consecutive_failures = ?7, "
                                + "disabled_reason = ?8, disabled_at = CAST(?9 AS timestamptz) "
                                + "WHERE id = CAST(?1 AS uuid)"),
                        s)
                .executeUpdate();
    }

    /** Parameters 1 to 9: the id and every column that may change, in the order of {@link #COLUMNS}. */
    private static Query changeable(Query query, Subscription s) {
        return query.setParameter(1, s.id().toString())
                .setParameter(2, s.url())
                .setParameter(3, NativeValues.array(s.types()))
                .setParameter(4, s.secret())
                .setParameter(5, s.description())
                .setParameter(6, s.enabled())
                .setParameter(7, s.consecutiveFailures())
                .setParameter(8, s.disabledReason())
                .setParameter(9, NativeValues.utc(s.disabledAt()));
    }

    public Optional<Subscription> find(UUID id) {
        return one("SELECT " + COLUMNS + " FROM subscriptions WHERE id = CAST(?1 AS uuid)", id);
    }

    /** The subscription, locked until the transaction ends: its failure count changes from several deliveries at once. */
    public Optional<Subscription> lock(UUID id) {
        return one("SELECT " + COLUMNS + " FROM subscriptions WHERE id = CAST(?1 AS uuid) FOR UPDATE", id);
    }

    public void delete(UUID id) {
        em.createNativeQuery("DELETE FROM subscriptions WHERE id = CAST(?1 AS uuid)")
                .setParameter(1, id.toString())
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Subscription> enabled() {
        return ((List<Object[]>) em.createNativeQuery("SELECT " + COLUMNS + " FROM subscriptions WHERE enabled")
                        .getResultList())
                .stream().map(SubscriptionRepository::subscription).toList();
    }

    /** Oldest first. */
    public Page<Subscription> page(PageRequest page) {
        return PagedQuery.ofNative(
                em.createNativeQuery("SELECT " + COLUMNS + " FROM subscriptions ORDER BY created_at, id"),
                em.createNativeQuery("SELECT count(*) FROM subscriptions"),
                page,
                SubscriptionRepository::subscription);
    }

    private Optional<Subscription> one(String sql, UUID id) {
        return em.createNativeQuery(sql)
                .setParameter(1, id.toString())
                .getResultStream()
                .findFirst()
                .map(row -> subscription((Object[]) row));
    }

    private static Subscription subscription(Object[] row) {
        return new Subscription(
                NativeValues.uuid(row[0]),
                NativeValues.text(row[1]),
                texts(row[2]),
                NativeValues.text(row[3]),
                NativeValues.text(row[4]),
                NativeValues.bool(row[5]),
                NativeValues.integer(row[6]),
                NativeValues.text(row[7]),
                NativeValues.instant(row[8]),
                NativeValues.instant(row[9]),
                NativeValues.text(row[10]));
    }

    /** A text[] column, as the driver or EclipseLink hands it over. */
    private static List<String> texts(Object value) {
        try {
            Object[] elements = value instanceof Array array ? (Object[]) array.getArray() : (Object[]) value;
            return Arrays.stream(elements).map(String::valueOf).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a text[] column", e);
        }
    }
}
