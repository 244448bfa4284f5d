package org.tracseq.storage.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.platform.events.Outbox;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.persistence.NativeValues;
import org.tracseq.platform.persistence.PagedQuery;
import org.tracseq.storage.domain.Event;
import org.tracseq.storage.domain.EventKind;
import org.tracseq.storage.domain.NewEvent;

/** The append-only custody log (ST-8; the table's trigger refuses updates and deletes). */
@ApplicationScoped
public class EventRepository {
    @PersistenceContext(unitName = "storage")
    EntityManager em;

    @Inject
    Outbox outbox;

    /**
     * Appends the event and returns its id, and publishes it (in the same transaction) as
     * {@code storage.item.<kind>} of the sample or {@code storage.location.<kind>} of the location.
     */
    public long append(NewEvent event) {
        long id = insert(event);
        boolean ofItem = event.sampleId() != null;
        outbox.publish(
                "storage." + (ofItem ? "item." : "location.") + event.kind().wireValue(),
                String.valueOf(ofItem ? event.sampleId() : event.locationId()),
                payload(id, event),
                event.actor());
        return id;
    }

    private static Map<String, Object> payload(long id, NewEvent event) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("custodyEventId", id);
        payload.put("sampleId", event.sampleId());
        payload.put("barcode", event.barcode());
        payload.put("fromBox", event.fromBox());
        payload.put("fromPosition", event.fromPosition());
        payload.put("toBox", event.toBox());
        payload.put("toPosition", event.toPosition());
        payload.put("locationId", event.locationId());
        payload.put("condition", event.condition());
        payload.put("note", event.note());
        payload.put("detail", event.detail());
        payload.put("at", event.at());
        payload.values().removeIf(Objects::isNull);
        return payload;
    }

    private long insert(NewEvent event) {
        return NativeValues.number(em.createNativeQuery(
                        "INSERT INTO events (kind, sample_id, barcode, from_box, from_position, to_box, to_position, "
                                + "location_id, locations, actor, at, condition, note, detail) VALUES (?1, "
                                + "CAST(?2 AS uuid), ?3, CAST(?4 AS uuid), ?5, CAST(?6 AS uuid), ?7, CAST(?8 AS uuid), "
                                + "CAST(?9 AS uuid[]), ?10, ?11, ?12, ?13, ?14) RETURNING id")
                .setParameter(1, event.kind().wireValue())
                .setParameter(2, event.sampleId())
                .setParameter(3, event.barcode())
                .setParameter(4, event.fromBox())
                .setParameter(5, event.fromPosition())
                .setParameter(6, event.toBox())
                .setParameter(7, event.toPosition())
                .setParameter(8, event.locationId())
                .setParameter(9, NativeValues.array(event.locations()))
                .setParameter(10, event.actor())
                .setParameter(11, NativeValues.utc(event.at()))
                .setParameter(12, event.condition())
                .setParameter(13, event.note())
                .setParameter(14, event.detail())
                .getSingleResult());
    }

    public Optional<Event> find(long id) {
        return Optional.ofNullable(em.find(EventEntity.class, id)).map(EventEntity::toEvent);
    }

    /** A sample's events, oldest first. */
    public Page<Event> ofSample(UUID sampleId, PageRequest page) {
        return PagedQuery.of(
                        em.createQuery(
                                        "SELECT e FROM EventEntity e WHERE e.sampleId = :sample ORDER BY e.id",
                                        EventEntity.class)
                                .setParameter("sample", sampleId),
                        em.createQuery("SELECT COUNT(e) FROM EventEntity e WHERE e.sampleId = :sample", Long.class)
                                .setParameter("sample", sampleId),
                        page)
                .map(EventEntity::toEvent);
    }

    /** Everything that happened in or below a location, newest first: a GIN lookup on the locations each event touches. */
    public Page<Event> ofLocation(UUID locationId, PageRequest page) {
        return PagedQuery.ofNative(
                em.createNativeQuery(
                                "SELECT id, kind, sample_id, barcode, from_box, from_position, to_box, to_position, "
                                        + "location_id, actor, at, condition, note, detail FROM events "
                                        + "WHERE locations @> ARRAY[CAST(?1 AS uuid)] ORDER BY id DESC")
                        .setParameter(1, locationId),
                em.createNativeQuery("SELECT count(*) FROM events WHERE locations @> ARRAY[CAST(?1 AS uuid)]")
                        .setParameter(1, locationId),
                page,
                EventRepository::event);
    }

    private static Event event(Object[] row) {
        return new Event(
                NativeValues.number(row[0]),
                EventKind.fromWire(NativeValues.text(row[1])),
                NativeValues.uuid(row[2]),
                NativeValues.text(row[3]),
                NativeValues.uuid(row[4]),
                NativeValues.text(row[5]),
                NativeValues.uuid(row[6]),
                NativeValues.text(row[7]),
                NativeValues.uuid(row[8]),
                NativeValues.text(row[9]),
                NativeValues.instant(row[10]),
                NativeValues.text(row[11]),
                NativeValues.text(row[12]),
                NativeValues.text(row[13]));
    }
}
