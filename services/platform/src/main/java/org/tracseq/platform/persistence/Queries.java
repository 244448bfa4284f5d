package org.tracseq.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** What repositories that mix JPA with native statements need: fresh reads and transaction locks. */
public final class Queries {
    /*
     * EclipseLink's hint to read rows from the database even when their entities are already in
     * the persistence context: a native statement may have changed them in this transaction
     * without the context knowing.
     */
    private static final String REFRESH = "eclipselink.refresh";

    private Queries() {}

    /** The query, told to read its rows from the database and update any managed entity with them. */
    public static <Q extends Query> Q fresh(Q query) {
        query.setHint(REFRESH, "true");
        return query;
    }

    /** Takes a PostgreSQL advisory lock held until the transaction ends; {@code key} names what it serialises. */
    public static void advisoryLock(EntityManager em, String key) {
        // The function returns void; counting its one row gives the driver a plain value to read.
        em.createNativeQuery("SELECT count(*) FROM pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, key)
                .getSingleResult();
    }
}
