package org.tracseq.events.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.events.domain.EventFilter;
import org.tracseq.events.domain.StoredEvent;
import org.tracseq.events.service.EventJson;
import org.tracseq.events.service.EventQueries;
import org.tracseq.events.service.EventsSettings;

/**
 * The open server-sent-events streams. Each is a task on the managed scheduler that every
 * {@code tracseq.events.stream.poll-ms} sends the stored events matching its filter after its
 * cursor (the position of the last one it sent), in position order. Positions become visible in
 * order (EventRepository#store), so nothing is skipped; the cursor moves only past sent events,
 * so nothing is sent twice, and a client resuming from its last id gets exactly the rest.
 */
@ApplicationScoped
public class LiveStreams {
    private static final Logger LOG = Logger.getLogger(LiveStreams.class.getName());
    /** EventSource waits this long before it reconnects. */
    private static final long RECONNECT_MS = 1000;

    private static final long SEND_TIMEOUT_SECONDS = 10;

    @Inject
    EventQueries queries;

    @Inject
    @ConfigProperties
    EventsSettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Set<Stream> open = ConcurrentHashMap.newKeySet();

    void open(SseEventSink sink, Sse sse, EventFilter filter, OptionalLong start) {
        Stream stream = new Stream(sink, sse, filter, start.orElseGet(queries::head));
        open.add(stream);
        // The first round runs at once: its greeting gives the client its answer without waiting for an event.
        stream.task = scheduler.scheduleWithFixedDelay(stream::round, 0, settings.streamPollMs, TimeUnit.MILLISECONDS);
    }

    void closeAll(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        open.forEach(Stream::close);
    }

    private final class Stream {
        private final SseEventSink sink;
        private final Sse sse;
        private final EventFilter filter;
        private final long endsAt;
        private long cursor;
        private long lastSentAt = System.nanoTime();
        private boolean greeted;
        private volatile boolean closed;
        private volatile ScheduledFuture<?> task;

        Stream(SseEventSink sink, Sse sse, EventFilter filter, long cursor) {
            this.sink = sink;
            this.sse = sse;
            this.filter = filter;
            this.cursor = cursor;
            this.endsAt = System.nanoTime()
                    + Duration.ofSeconds(settings.streamMaxSeconds).toNanos();
        }

        /** One poll; rounds of one stream never overlap (fixed delay), so the cursor needs no lock. */
        void round() {
            try {
                if (closed) {
                    return;
                }
                if (sink.isClosed() || System.nanoTime() - endsAt > 0) {
                    close();
                    return;
                }
                if (!greeted) {
                    greeted = send(sse.newEventBuilder()
                            .comment("tracseq events")
                            .reconnectDelay(RECONNECT_MS)
                            .build());
                }
                for (StoredEvent event : queries.after(cursor, filter)) {
                    if (!send(sse.newEventBuilder()
                            .id(Long.toString(event.position()))
                            .name(event.type())
                            .mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(EventJson.of(event))
                            .build())) {
                        return;
                    }
                    cursor = event.position();
                }
                if (System.nanoTime() - lastSentAt
                        > Duration.ofSeconds(settings.keepAliveSeconds).toNanos()) {
                    send(sse.newEventBuilder().comment("keep-alive").build());
                }
            } catch (RuntimeException e) {
                // A repeating task that throws is silently never run again: end the stream instead.
                LOG.log(Level.WARNING, "Ending an event stream that failed", e);
                close();
            }
        }

        /** Sends, and ends the stream if the client has gone; whether it was sent. */
        boolean send(OutboundSseEvent event) {
            try {
                sink.send(event).toCompletableFuture().get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                lastSentAt = System.nanoTime();
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                // The client went away (or stopped reading): nothing to tell it.
            }
            close();
            return false;
        }

        void close() {
            closed = true;
            open.remove(this);
            if (task != null) {
                task.cancel(false);
            }
            try {
                sink.close();
            } catch (RuntimeException e) {
                // already closed by the client's leaving
            }
        }
    }
}
