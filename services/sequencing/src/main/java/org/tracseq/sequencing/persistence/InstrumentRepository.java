package org.tracseq.sequencing.persistence;

import static org.tracseq.platform.persistence.NativeValues.instant;
import static org.tracseq.platform.persistence.NativeValues.integer;
import static org.tracseq.platform.persistence.NativeValues.text;
import static org.tracseq.platform.persistence.NativeValues.utc;
import static org.tracseq.platform.persistence.NativeValues.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.sequencing.domain.Instrument;
import org.tracseq.sequencing.domain.InstrumentState;
import org.tracseq.sequencing.domain.Platform;

/** The lab's instruments and the history of their states ({@code instrument_history}, append-only). */
@ApplicationScoped
public class InstrumentRepository {
    private static final String COLUMNS = "id, name, serial_number, platform, capacity, status, created_at";

    @PersistenceContext(unitName = "sequencing")
    EntityManager em;

    /** False when the name or serial number is taken (nothing written). */
    public boolean insert(Instrument instrument, String actor) {
        int inserted = em.createNativeQuery("INSERT INTO instruments (" + COLUMNS + ", created_by) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING")
                .setParameter(1, instrument.id())
                .setParameter(2, instrument.name())
                .setParameter(3, instrument.serialNumber())
                .setParameter(4, instrument.platform().name())
                .setParameter(5, instrument.capacity())
                .setParameter(6, instrument.state().wireName())
                .setParameter(7, utc(instrument.createdAt()))
                .setParameter(8, actor)
                .executeUpdate();
        if (inserted == 1) {
            history(instrument.id(), instrument.state(), "registered", actor, instrument.createdAt());
        }
        return inserted == 1;
    }

    public Optional<Instrument> find(UUID id) {
        return one("SELECT " + COLUMNS + " FROM instruments WHERE id = ?1", id);
    }

    /** The instrument, locked until the transaction ends: its runs start and its state changes one at a time. */
    public Optional<Instrument> lock(UUID id) {
        return one("SELECT " + COLUMNS + " FROM instruments WHERE id = ?1 FOR UPDATE", id);
    }

    public List<Instrument> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM instruments ORDER BY name")
                .getResultList();
        return rows.stream().map(InstrumentRepository::instrument).toList();
    }

    public void changeState(UUID id, InstrumentState state, String reason, String actor, Instant at) {
        em.createNativeQuery("UPDATE instruments SET status = ?1 WHERE id = ?2")
                .setParameter(1, state.wireName())
                .setParameter(2, id)
                .executeUpdate();
        history(id, state, reason, actor, at);
    }

    private void history(UUID id, InstrumentState state, String reason, String actor, Instant at) {
        em.createNativeQuery("INSERT INTO instrument_history (instrument_id, status, reason, changed_by, changed_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id)
                .setParameter(2, state.wireName())
                .setParameter(3, reason)
                .setParameter(4, actor)
                .setParameter(5, utc(at))
                .executeUpdate();
    }

    private Optional<Instrument> one(String sql, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(InstrumentRepository::instrument);
    }

    private static Instrument instrument(Object[] row) {
        return new Instrument(
                uuid(row[0]),
                text(row[1]),
                text(row[2]),
                Platform.valueOf(text(row[3])),
                integer(row[4]),
                InstrumentState.fromWire(text(row[5])),
                instant(row[6]));
    }
}
