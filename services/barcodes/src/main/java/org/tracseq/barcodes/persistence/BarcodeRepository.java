package org.tracseq.barcodes.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.tracseq.barcodes.domain.Barcode;
import org.tracseq.barcodes.domain.BarcodeEntry;

/**
 * The barcodes table and the per-day sequence counters, through JPA. The two statements that make
 * BC-2 hold under concurrency stay SQL, as native queries: the upsert that allocates a range of
 * sequence numbers and the conditional claim. Uniqueness itself is the database's constraints.
 * Callers (the service layer) bring the transaction.
 */
@ApplicationScoped
public class BarcodeRepository {
    /**
     * One statement takes the range: the row lock on ({@code prefix}, {@code day}) serialises
     * concurrent callers, and the {@code WHERE} makes a range that would pass the maximum take
     * nothing (no row is returned).
     */
    private static final String ALLOCATE = "INSERT INTO barcode_sequences AS s (prefix, day, last_value)"
            + " VALUES (?1, ?2, ?3)"
            + " ON CONFLICT (prefix, day) DO UPDATE SET last_value = s.last_value + EXCLUDED.last_value"
            + " WHERE s.last_value + EXCLUDED.last_value <= ?4 RETURNING last_value";

    /**
     * Only a reserved barcode changes: concurrent claims queue on the row lock, and all but the first
     * find it claimed and change nothing.
     */
    private static final String CLAIM = "UPDATE barcodes SET status = 'claimed', owner = ?1, claimed_by = ?2,"
            + " claimed_at = ?3 WHERE barcode = ?4 AND status = 'reserved' RETURNING *";

    @PersistenceContext(unitName = "barcodes")
    EntityManager em;

    /**
     * Takes {@code count} consecutive sequence numbers of {@code prefix} on {@code day} in one atomic
     * statement and returns the first of them; empty, taking nothing, when the range would pass
     * {@link Barcode#MAX_SEQUENCE}.
     */
    public OptionalInt allocate(String prefix, LocalDate day, int count) {
        List<?> last = em.createNativeQuery(ALLOCATE)
                .setParameter(1, prefix)
                .setParameter(2, day)
                .setParameter(3, count)
                .setParameter(4, Barcode.MAX_SEQUENCE)
                .getResultList();
        return last.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) last.get(0)).intValue() - count + 1);
    }

    /** The last sequence number taken for {@code prefix} on {@code day}; empty when none was. */
    public OptionalInt lastSequence(String prefix, LocalDate day) {
        BarcodeSequenceEntity row = em.find(BarcodeSequenceEntity.class, new BarcodeSequenceEntity.Key(prefix, day));
        return row == null ? OptionalInt.empty() : OptionalInt.of(row.lastValue());
    }

    /** Stores new barcodes; their sequence numbers come from {@link #allocate}. */
    public void addAll(List<BarcodeEntry> entries) {
        entries.forEach(entry -> em.persist(BarcodeEntity.of(entry)));
        // Written now, so a broken constraint fails this call rather than the commit.
        em.flush();
    }

    public Optional<BarcodeEntry> find(Barcode barcode) {
        return em.createQuery("SELECT b FROM BarcodeEntity b WHERE b.barcode = :barcode", BarcodeEntity.class)
                .setParameter("barcode", barcode.text())
                .getResultStream()
                .findFirst()
                .map(BarcodeEntity::toEntry);
    }

    /**
     * Claims a reserved barcode, exactly once under any concurrency (BC-2). Empty when the barcode is
     * unknown or not reserved.
     */
    public Optional<BarcodeEntry> claim(Barcode barcode, String owner, String actor, Instant at) {
        @SuppressWarnings("unchecked")
        List<BarcodeEntity> claimed = em.createNativeQuery(CLAIM, BarcodeEntity.class)
                .setParameter(1, owner)
                .setParameter(2, actor)
                .setParameter(3, at.atOffset(ZoneOffset.UTC))
                .setParameter(4, barcode.text())
                .getResultList();
        return claimed.stream().findFirst().map(BarcodeEntity::toEntry);
    }
}
