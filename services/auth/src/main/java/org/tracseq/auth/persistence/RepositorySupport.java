package org.tracseq.auth.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What the auth repositories share: time columns, fresh reads and transaction-scoped advisory locks. */
final class RepositorySupport {
    /*
     * EclipseLink's hint to read a row from the database even when the entity is already in the
     * persistence context: a native statement (a revocation, a throttle update) may have changed
     * it in this transaction without the context knowing.
     */
    private static final String REFRESH = "eclipselink.refresh";

    private RepositorySupport() {}

    /** The query, told to read its rows from the database and update any managed entity with them. */
    static <Q extends Query> Q fresh(Q query) {
        query.setHint(REFRESH, "true");
        return query;
    }

    /** Takes a PostgreSQL advisory lock held until the transaction ends; {@code key} names what it serialises. */
    static void advisoryLock(EntityManager em, String key) {
        // The function returns void; counting its one row gives the driver a plain value to read.
        em.createNativeQuery("SELECT count(*) FROM pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, key)
                .getSingleResult();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
