package org.tracseq.platform.events;

import io.opentelemetry.api.trace.Tracer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.tracseq.platform.db.SchemaMigrator;
import org.tracseq.platform.db.ServiceDatabase;
import org.tracseq.platform.redis.Redis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Runs the service's {@link OutboxRelay} as soon as a transaction that published commits
 * ({@link #wake}), and every {@code tracseq.events.relay-interval-ms} (default 1000) for what
 * another instance or a crashed server left, until the outbox is empty. While Redis or the database
 * is away a round fails and the next one tries again; the outage is logged when it starts and when
 * it ends, not every round. Metrics ({@code /metrics?scope=application}): events relayed, events
 * waiting, and how long the oldest has waited (the relay's lag).
 */
@ApplicationScoped
public class OutboxRelaying {
    private static final Logger LOG = Logger.getLogger(OutboxRelaying.class.getName());
    private static final int BATCH = 100;

    @Inject
    ServiceDatabase database;

    @Inject
    SchemaMigrator migrator;

    @Inject
    Redis redis;

    @Inject
    @ConfigProperty(name = "tracseq.events.relay-interval-ms", defaultValue = "1000")
    long intervalMs;

    /** About how many entries each stream keeps; a consumer away for longer than that misses the oldest. */
    @Inject
    @ConfigProperty(name = "tracseq.events.stream-max-length", defaultValue = "1000000")
    long streamMaxLength;

    @Resource
    ManagedExecutorService executor;

    @Inject
    MetricRegistry metrics;

    @Inject
    Tracer tracer;

    private Counter relayed;

    private final Semaphore wakeUps = new Semaphore(0);
    private Future<?> rounds;
    private volatile boolean running = true;
    private boolean failing;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // One name per service (its schema name): the all-in-one server's applications share the registry.
        String prefix = "tracseq_" + database.schema() + "_events_";
        relayed = metrics.counter(Metadata.builder()
                .withName(prefix + "relayed")
                .withDescription("Events this server published from its outbox to Redis")
                .build());
        metrics.gauge(
                Metadata.builder()
                        .withName(prefix + "unrelayed")
                        .withDescription("Committed events in the outbox not yet published")
                        .build(),
                () -> backlog().events());
        metrics.gauge(
                Metadata.builder()
                        .withName(prefix + "relay_lag_seconds")
                        .withDescription("How long the oldest event not yet published has waited")
                        .build(),
                () -> backlog().oldestSeconds());
        OutboxRelay relay = new OutboxRelay(database.dataSource(), redis.client(), BATCH, streamMaxLength, tracer);
        rounds = executor.submit(() -> relayUntilStopped(relay));
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        running = false;
        if (rounds != null) {
            rounds.cancel(true);
        }
    }

    /** A transaction that published has committed: relay now rather than at the next interval. */
    void wake() {
        wakeUps.release();
    }

    /** What {@code /health/ready} shows of the relay. */
    public OutboxStore.Backlog status() {
        return backlog();
    }

    private void relayUntilStopped(OutboxRelay relay) {
        while (running) {
            try {
                wakeUps.tryAcquire(intervalMs, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            wakeUps.drainPermits(); // one round relays what every commit so far published
            round(relay);
        }
    }

    /** Unknown (-1) while the database cannot answer. */
    private OutboxStore.Backlog backlog() {
        try (Connection connection = database.dataSource().getConnection()) {
            return OutboxStore.backlog(connection);
        } catch (SQLException e) {
            return new OutboxStore.Backlog(-1, -1);
        }
    }

    private void round(OutboxRelay relay) {
        if (!migrator.isMigrated()) {
            return;
        }
        try {
            int published;
            do {
                published = relay.relayOnce();
                relayed.inc(published);
            } while (published == BATCH);
            if (failing) {
                failing = false;
                LOG.info("Relaying events again");
            }
        } catch (SQLException | JedisException e) {
            if (!failing) {
                failing = true;
                LOG.warning("Cannot relay events now (retrying every " + intervalMs + " ms): " + e);
            }
        }
    }
}
