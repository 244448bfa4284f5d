package org.tracseq.platform.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tracseq.platform.db.SchemaMigrator;
import org.tracseq.platform.db.ServiceDatabase;
import org.tracseq.platform.redis.Redis;
import org.tracseq.platform.tracing.Traces;
import org.tracseq.platform.web.RequestIds;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Feeds each of the service's {@link EventHandler}s the events of its families: one
 * {@link EventConsumer} per handler and family, each on a thread of its own that waits on the
 * stream (so an event is applied moments after it is relayed), starting once the schema is migrated.
 * While Redis is away a consumer tries again with growing pauses (up to 5 s), logging the outage
 * once. Metrics per group and family: entries taken but not acknowledged, dead letters, and the
 * stream's length; {@code /health/ready} shows them too. With tracing on, each event is applied in a
 * span of its own that continues the trace of the request that wrote it (its {@code traceparent}).
 */
@ApplicationScoped
public class EventConsumers {
    private static final Logger LOG = Logger.getLogger(EventConsumers.class.getName());
    private static final int BATCH = 100;
    /** Below the Redis client's socket timeout, which a longer blocking read would run into. */
    private static final Duration WAIT = Duration.ofMillis(200);

    private static final long MAX_PAUSE_MS = 5000;

    @Inject
    Instance<EventHandler> handlers;

    @Inject
    InboxTransactions transactions;

    @Inject
    Redis redis;

    @Inject
    SchemaMigrator migrator;

    @Inject
    ServiceDatabase database;

    @Inject
    MetricRegistry metrics;

    @Inject
    Tracer tracer;

    /** Failures of one event before it becomes a dead letter. */
    @Inject
    @ConfigProperty(name = "tracseq.events.max-failures", defaultValue = "5")
    int maxFailures;

    /** How long an entry taken by an instance stays unacknowledged before another takes it over. */
    @Inject
    @ConfigProperty(name = "tracseq.events.claim-after-ms", defaultValue = "30000")
    long claimAfterMs;

    @Resource
    ManagedExecutorService executor;

    private final List<EventConsumer> consumers = new ArrayList<>();
    private final List<Future<?>> loops = new ArrayList<>();
    private volatile boolean running = true;

    /** One consumer's figures, as the metrics and readiness show them; -1 while Redis cannot say. */
    public record Status(String group, String stream, long pending, long deadLetters, long length) {}

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Instances of a service share a group; each needs its own name within it.
        String instance = database.serviceName() + "-" + UUID.randomUUID();
        for (EventHandler handler : handlers) {
            for (String family : handler.families()) {
                EventConsumer consumer = new EventConsumer(
                        redis.client(),
                        family,
                        handler.group(),
                        instance,
                        (group, event) -> applyTraced(handler, event),
                        maxFailures,
                        Duration.ofMillis(claimAfterMs));
                consumers.add(consumer);
                register(consumer);
                loops.add(executor.submit(() -> consumeUntilStopped(consumer)));
            }
        }
    }

    /** Applies the event inside its consumer span. */
    private void applyTraced(EventHandler handler, Event event) throws Exception {
        Span span = EventSpans.start(tracer, "process", SpanKind.CONSUMER, event);
        if (span.isRecording()) {
            span.setAttribute("messaging.consumer.group.name", handler.group());
            if (event.requestId() != null) {
                span.setAttribute(Traces.REQUEST_ID, event.requestId());
            }
        }
        try (Scope ignored = span.makeCurrent()) {
            if (event.requestId() != null) {
                RequestIds.within(event.requestId(), () -> transactions.applyOnce(handler, event));
            } else {
                transactions.applyOnce(handler, event);
            }
        } catch (Exception e) {
            span.setStatus(StatusCode.ERROR, String.valueOf(e));
            throw e;
        } finally {
            span.end();
        }
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        running = false;
        loops.forEach(loop -> loop.cancel(true));
    }

    public List<Status> status() {
        return consumers.stream().map(this::status).toList();
    }

    private Status status(EventConsumer consumer) {
        return new Status(
                consumer.group(), consumer.stream(), pending(consumer), deadLetters(consumer), length(consumer));
    }

    private long pending(EventConsumer consumer) {
        return ask(consumer, c -> redis.client().xpending(c.stream(), c.group()).getTotal());
    }

    private long deadLetters(EventConsumer consumer) {
        return ask(consumer, c -> redis.client().xlen(EventConsumer.deadLetters(c.group())));
    }

    private long length(EventConsumer consumer) {
        return ask(consumer, c -> redis.client().xlen(c.stream()));
    }

    private static long ask(EventConsumer consumer, ToLongFunction<EventConsumer> question) {
        try {
            return question.applyAsLong(consumer);
        } catch (JedisException e) {
            return -1; // Redis is away, or the group does not exist yet
        }
    }

    private void register(EventConsumer consumer) {
        String prefix = "tracseq_" + database.schema() + "_events_";
        Tag[] tags = {new Tag("group", consumer.group()), new Tag("stream", consumer.stream())};
        metrics.gauge(
                Metadata.builder()
                        .withName(prefix + "pending")
                        .withDescription("Events a consumer group took and has not acknowledged yet")
                        .build(),
                () -> pending(consumer),
                tags);
        metrics.gauge(
                Metadata.builder()
                        .withName(prefix + "dead_letters")
                        .withDescription("Events a consumer group gave up on, waiting to be redriven")
                        .build(),
                () -> deadLetters(consumer),
                tags);
        metrics.gauge(
                Metadata.builder()
                        .withName(prefix + "stream_length")
                        .withDescription("Entries kept in the stream a consumer group reads")
                        .build(),
                () -> length(consumer),
                tags);
    }

    private void consumeUntilStopped(EventConsumer consumer) {
        long pauseMs = 0;
        boolean joined = false;
        while (running) {
            try {
                if (pauseMs > 0) {
                    TimeUnit.MILLISECONDS.sleep(pauseMs);
                }
                if (!migrator.isMigrated()) {
                    pauseMs = 100;
                    continue;
                }
                if (!joined) {
                    consumer.join();
                    joined = true;
                }
                consumer.pollOnce(BATCH, WAIT);
                if (pauseMs > 100) {
                    LOG.info("Consuming " + consumer.stream() + " as " + consumer.group() + " again");
                }
                pauseMs = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // A Redis that came back without its data has lost the group too: join again.
                joined = joined && !String.valueOf(e.getMessage()).startsWith("NOGROUP");
                if (pauseMs <= 100) {
                    LOG.warning("Cannot consume " + consumer.stream() + " as " + consumer.group()
                            + " now (trying again with growing pauses): " + e);
                }
                pauseMs = Math.min(MAX_PAUSE_MS, Math.max(200, pauseMs * 2));
            }
        }
    }
}
