package org.tracseq.events.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.tracseq.events.domain.EventFilter;
import org.tracseq.events.domain.StoredEvent;
import org.tracseq.events.domain.Visibility;
import org.tracseq.platform.events.Event;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.persistence.NativeValues;
import org.tracseq.platform.persistence.PagedQuery;
import org.tracseq.platform.persistence.Queries;

/** The append-only store of every event (its trigger refuses updates and deletes). */
@ApplicationScoped
public class EventRepository {
    private static final String COLUMNS =
            "position, id, type, aggregate_id, version, occurred_at, actor, request_id, payload::text";

    /** The advisory lock every insert takes first: see {@link #store}. */
    private static final String STORE_LOCK = "events.store";

    @PersistenceContext(unitName = "events")
    EntityManager em;

    /**
     * Stores the event unless its id is stored already; its position, or empty for a repeat.
     *
     * <p>Consumers of different families insert on different threads. Drawn from a sequence alone,
     * position 11 could commit before 10, and a stream that had sent 11 would never send 10. The
     * transaction-scoped lock taken before the insert makes inserts one at a time until commit, so
     * positions become visible in order (cheap at a lab's event rate).
     */
    public OptionalLong store(Event event) {
        Queries.advisoryLock(em, STORE_LOCK);
        List<?> inserted = em.createNativeQuery("INSERT INTO events (id, type, aggregate_id, version, occurred_at, "
                        + "actor, request_id, payload) VALUES (CAST(?1 AS uuid), ?2, ?3, ?4, ?5, ?6, ?7, "
                        + "CAST(?8 AS jsonb)) ON CONFLICT (id) DO NOTHING RETURNING position")
                .setParameter(1, event.id().toString())
                .setParameter(2, event.type())
                .setParameter(3, event.aggregateId())
                .setParameter(4, event.version())
                .setParameter(5, NativeValues.utc(event.occurredAt()))
                .setParameter(6, event.actor())
                .setParameter(7, event.requestId())
                .setParameter(8, event.payload())
                .getResultList();
        return inserted.isEmpty() ? OptionalLong.empty() : OptionalLong.of(NativeValues.number(inserted.get(0)));
    }

    public Optional<StoredEvent> find(UUID id) {
        return em.createNativeQuery("SELECT " + COLUMNS + " FROM events WHERE id = CAST(?1 AS uuid)")
                .setParameter(1, id.toString())
                .getResultStream()
                .findFirst()
                .map(row -> event((Object[]) row));
    }

    /** One page of the events matching {@code filter}, by position in the order asked. */
    public Page<StoredEvent> page(EventFilter filter, PageRequest page) {
        Where where = where(filter);
        return PagedQuery.ofNative(
                where.bind(em.createNativeQuery("SELECT " + COLUMNS + " FROM events" + where.sql()
                        + " ORDER BY position " + (page.ascending() ? "ASC" : "DESC"))),
                where.bind(em.createNativeQuery("SELECT count(*) FROM events" + where.sql())),
                page,
                EventRepository::event);
    }

    /** Up to {@code limit} events matching {@code filter} stored after {@code position}, oldest first. */
    @SuppressWarnings("unchecked")
    public List<StoredEvent> after(long position, EventFilter filter, int limit) {
        Where where = where(filter).and("position > ?", position);
        return ((List<Object[]>) where.bind(em.createNativeQuery("SELECT " + COLUMNS + " FROM events" + where.sql()
                                + " ORDER BY position LIMIT " + limit))
                        .getResultList())
                .stream().map(EventRepository::event).toList();
    }

    /** The newest position stored (0 when none). */
    public long head() {
        return NativeValues.number(em.createNativeQuery("SELECT COALESCE(MAX(position), 0) FROM events")
                .getSingleResult());
    }

    private static Where where(EventFilter filter) {
        Where where = new Where();
        filter.type().ifPresent(type -> where.anyType(List.of(type)));
        filter.aggregateId().ifPresent(id -> where.and("aggregate_id = ?", id));
        filter.actor().ifPresent(actor -> where.and("actor = ?", actor));
        filter.requestId().ifPresent(id -> where.and("request_id = ?", id));
        filter.from().ifPresent(from -> where.and("occurred_at >= ?", NativeValues.utc(from)));
        filter.to().ifPresent(to -> where.and("occurred_at < ?", NativeValues.utc(to)));
        if (!filter.administrator()) {
            where.and("type NOT LIKE ?", Where.like(Visibility.ADMINISTRATORS_ONLY));
        }
        return where;
    }

    static StoredEvent event(Object[] row) {
        return new StoredEvent(
                NativeValues.number(row[0]),
                NativeValues.uuid(row[1]),
                NativeValues.text(row[2]),
                NativeValues.text(row[3]),
                NativeValues.number(row[4]),
                NativeValues.instant(row[5]),
                NativeValues.text(row[6]),
                NativeValues.text(row[7]),
                NativeValues.text(row[8]));
    }
}
