package org.tracseq.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.tracseq.platform.testing.TestDatabase;
import redis.clients.jedis.DefaultJedisClientConfig;
import io.opentelemetry.api.OpenTelemetry;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;

/**
 * Commit-to-consumer latency of the platform's event path against the real PostgreSQL and Redis:
 * a producing "service" commits changes with their outbox rows at a steady rate into a database of
 * its own, its relay publishes them to Redis, and a consuming "service" with another database
 * applies each once with its inbox row. Latency is from the producer's commit starting to the
 * consumer's transaction having committed. The producer, relay and consumer run as the servers run them
 * (a relay woken by each commit, a consumer blocked on the stream), in this JVM on threads of their
 * own, so the figures are the path's, without Liberty's request handling. Two runs side by side:
 * the relay woken by each commit (as the servers do) and the relay polling every 100 ms only (as
 * before), to show what the wake-up is worth. Run: {@code ./mvnw -B -Pbench -pl services/platform verify}.
 */
class EventLatencyBenchmark {
    private static final int RATE_PER_SECOND = 500;
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration MEASURED = Duration.ofSeconds(20);

    @Test
    void commitToConsumerLatencyAt500EventsPerSecond() throws Exception {
        Result woken = run(true);
        Result polling = run(false);
        System.out.printf(
                "%nEvents: commit-to-consumer latency at a steady %d events/s (%d s measured after %d s warm-up)%n",
                RATE_PER_SECOND, MEASURED.toSeconds(), WARM_UP.toSeconds());
        System.out.printf("%-34s %10s %10s %10s %10s %12s%n", "relay", "p50 ms", "p90 ms", "p99 ms", "max ms", "events/s");
        woken.print("woken by each commit (servers)");
        polling.print("every 100 ms only");
        System.out.printf("p99 ratio polling / woken: %.1fx%n%n", polling.p(0.99) / woken.p(0.99));
        assertThat(woken.latenciesMs).as("every measured event arrived").hasSize((int) (RATE_PER_SECOND * MEASURED.toSeconds()));
    }

    private record Result(List<Double> latenciesMs, double eventsPerSecond) {
        double p(double quantile) {
            return latenciesMs.get(Math.min(latenciesMs.size() - 1, (int) Math.ceil(quantile * latenciesMs.size()) - 1));
        }

        void print(String name) {
            System.out.printf(
                    "%-34s %10.1f %10.1f %10.1f %10.1f %12.0f%n",
                    name, p(0.50), p(0.90), p(0.99), latenciesMs.get(latenciesMs.size() - 1), eventsPerSecond);
        }
    }

    private Result run(boolean wakeOnCommit) throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "");
        String family = "bench" + suffix;
        String group = family + "-consumer";
        PGSimpleDataSource producerDb = database("tracseq_bench_producer_" + suffix);
        PGSimpleDataSource consumerDb = database("tracseq_bench_consumer_" + suffix);
        HostAndPort redisAddress = new HostAndPort("127.0.0.1", 6379);
        DefaultJedisClientConfig redisConfig =
                DefaultJedisClientConfig.builder().socketTimeoutMillis(500).build();
        Map<UUID, Long> committedAt = new ConcurrentHashMap<>();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        Semaphore wakeUps = new Semaphore(0);
        // Servers take connections from a pool; the consumer here keeps one, as a pool would hand it back.
        try (UnifiedJedis relayRedis = RedisClient.builder().hostAndPort(redisAddress).clientConfig(redisConfig).build();
                UnifiedJedis consumerRedis = RedisClient.builder().hostAndPort(redisAddress).clientConfig(redisConfig).build();
                Connection consumerConnection = consumerDb.getConnection()) {
            OutboxRelay relay = new OutboxRelay(producerDb, relayRedis, 100, 1_000_000, OpenTelemetry.noop().getTracer("bench"));
            EventConsumer consumer = new EventConsumer(
                    consumerRedis,
                    family,
                    group,
                    "bench",
                    (consumerGroup, event) -> {
                        applyOnce(consumerConnection, consumerGroup, event);
                        Long committed = committedAt.remove(event.id());
                        if (committed != null) {
                            latencies.add((System.nanoTime() - committed) / 1e6);
                        }
                    },
                    5,
                    Duration.ofSeconds(30));
            consumer.join();
            Thread relaying = new Thread(() -> {
                while (running.get()) {
                    try {
                        wakeUps.tryAcquire(100, TimeUnit.MILLISECONDS);
                        wakeUps.drainPermits();
                        while (relay.relayOnce() == 100) {
                            // a full batch: more may wait
                        }
                    } catch (InterruptedException | SQLException e) {
                        return;
                    }
                }
            });
            Thread consuming = new Thread(() -> {
                while (running.get()) {
                    consumer.pollOnce(100, Duration.ofMillis(200));
                }
            });
            relaying.start();
            consuming.start();

            produce(producerDb, WARM_UP, new ConcurrentHashMap<>(), wakeOnCommit ? wakeUps : null, family);
            long start = System.nanoTime();
            produce(producerDb, MEASURED, committedAt, wakeOnCommit ? wakeUps : null, family);
            long target = RATE_PER_SECOND * MEASURED.toSeconds();
            while (latencies.size() < target && System.nanoTime() - start < MEASURED.toNanos() + 30_000_000_000L) {
                LockSupport.parkNanos(1_000_000);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            running.set(false);
            relaying.join();
            consuming.join();
            relayRedis.del(Event.stream(family));
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Result(sorted, sorted.size() / seconds);
        } finally {
            drop(producerDb.getDatabaseName());
            drop(consumerDb.getDatabaseName());
        }
    }

    /**
     * Commits one change with its event at a steady rate (by the clock, not by the last commit);
     * {@code committedAt} gets each event's commit time.
     */
    private static void produce(
            PGSimpleDataSource db, Duration length, Map<UUID, Long> committedAt, Semaphore wakeUps, String family)
            throws SQLException {
        long intervalNanos = 1_000_000_000L / RATE_PER_SECOND;
        long start = System.nanoTime();
        long events = length.toSeconds() * RATE_PER_SECOND;
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            for (long i = 0; i < events; i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                Event event = OutboxStore.append(
                        connection,
                        family + ".tube.placed",
                        "tube-" + (i % 96),
                        "{\"box\": \"B1\"}",
                        "bench",
                        null,
                        null);
                try (Statement change = connection.createStatement()) {
                    change.executeUpdate("UPDATE changes SET n = n + 1");
                }
                // Taken as the commit starts: a consumer can apply the event before commit() returns here.
                committedAt.put(event.id(), System.nanoTime());
                connection.commit();
                if (wakeUps != null) {
                    wakeUps.release();
                }
            }
        }
    }

    /** What InboxTransactions does in a server, on plain JDBC: the inbox row and the effect in one transaction. */
    private static void applyOnce(Connection connection, String group, Event event) throws SQLException {
        connection.setAutoCommit(false);
        if (OutboxStore.firstDelivery(connection, group, event.id())) {
            try (var insert = connection.prepareStatement("INSERT INTO applied (event_id) VALUES (?)")) {
                insert.setObject(1, event.id());
                insert.executeUpdate();
            }
        }
        connection.commit();
    }

    private static PGSimpleDataSource database(String name) throws SQLException {
        execute(TestDatabase.administratorOf("postgres"), "CREATE DATABASE " + name);
        PGSimpleDataSource db = TestDatabase.administratorOf(name);
        Flyway.configure()
                .dataSource(db)
                .table("platform_schema_history")
                .locations("classpath:db/platform")
                .load()
                .migrate();
        execute(db, "CREATE TABLE applied (event_id uuid NOT NULL)");
        execute(db, "CREATE TABLE changes (n bigint NOT NULL); INSERT INTO changes VALUES (0)");
        return db;
    }

    private static void drop(String name) throws SQLException {
        execute(TestDatabase.administratorOf("postgres"), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(PGSimpleDataSource on, String sql) throws SQLException {
        try (Connection connection = on.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
