package org.tracseq.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tracseq.events.domain.EventFilter;
import org.tracseq.events.domain.StoredEvent;
import org.tracseq.events.domain.Visibility;
import org.tracseq.events.persistence.EventRepository;
import org.tracseq.platform.paging.Page;
import org.tracseq.platform.paging.PageRequest;

/** Reading the store: pages for queries, and what a stream has not sent yet. */
@ApplicationScoped
public class EventQueries {
    /** Events one stream round sends at most; the next round sends the rest. */
    private static final int STREAM_BATCH = 500;

    @Inject
    EventRepository events;

    @Transactional
    public Page<StoredEvent> page(EventFilter filter, PageRequest page) {
        return events.page(filter, page);
    }

    /** The event, unless the caller may not see it ({@link Visibility}): then it does not exist for them. */
    @Transactional
    public Optional<StoredEvent> find(UUID id, boolean administrator) {
        return events.find(id).filter(event -> Visibility.visible(event.type(), administrator));
    }

    @Transactional
    public List<StoredEvent> after(long position, EventFilter filter) {
        return events.after(position, filter, STREAM_BATCH);
    }

    @Transactional
    public long head() {
        return events.head();
    }
}
