package org.tracseq.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.tracseq.platform.testing.TestDatabase;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * The outbox, its relay and a consumer's inbox against the real PostgreSQL and Redis on 127.0.0.1:
 * a database of their own with the platform's migrations, and streams of a family of their own.
 */
class EventsTest {
    /** Tracing off, as in a server by default: the relay's spans are no-ops. */
    private static final Tracer UNTRACED = OpenTelemetry.noop().getTracer("EventsTest");

    private final String database =
            "tracseq_events_" + UUID.randomUUID().toString().replace("-", "");
    private final String family = "test" + UUID.randomUUID().toString().replace("-", "");
    private final String group = family + "-consumer";
    private final UnifiedJedis redis = RedisClient.create("127.0.0.1", 6379);
    private PGSimpleDataSource dataSource;

    @BeforeEach
    void aDatabaseWithThePlatformsTables() throws SQLException {
        execute(TestDatabase.administratorOf("postgres"), "CREATE DATABASE " + database);
        dataSource = TestDatabase.administratorOf(database);
        Flyway.configure()
                .dataSource(dataSource)
                .table("platform_schema_history")
                .locations("classpath:db/platform")
                .load()
                .migrate();
        execute(dataSource, "CREATE TABLE applied (event_id uuid NOT NULL)");
    }

    @AfterEach
    void dropEverything() throws SQLException {
        redis.del(Event.stream(family), EventConsumer.deadLetters(group), "tracseq:failures:" + group);
        redis.close();
        execute(TestDatabase.administratorOf("postgres"), "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static void execute(PGSimpleDataSource on, String sql) throws SQLException {
        try (Connection connection = on.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Appends events in one transaction, committed or rolled back. */
    private void write(boolean commit, String... aggregates) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (String aggregate : aggregates) {
                OutboxStore.append(
                        connection, family + ".tube.placed", aggregate, "{\"box\": \"B1\"}", "tech", "req-1", null);
            }
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        }
    }

    private List<StreamEntry> published() {
        return redis.xrange(Event.stream(family), "-", "+");
    }

    private OutboxRelay relay() {
        return new OutboxRelay(dataSource, redis, 50, 10_000, UNTRACED);
    }

    private int applied() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM applied")) {
            count.next();
            return count.getInt(1);
        }
    }

    /** What the consumer does with an event, on the connection of the transaction that records it. */
    private interface Handler {
        void apply(Event event, Connection connection) throws SQLException;
    }

    /** A consumer whose delivery is InboxTransactions' on plain JDBC: inbox row and effect in one transaction. */
    private EventConsumer consumer(String name, Handler handler) {
        EventConsumer consumer = new EventConsumer(
                redis,
                family,
                group,
                name,
                (group, event) -> {
                    try (Connection connection = dataSource.getConnection()) {
                        connection.setAutoCommit(false);
                        try {
                            if (OutboxStore.firstDelivery(connection, group, event.id())) {
                                handler.apply(event, connection);
                            }
                            connection.commit();
                        } catch (SQLException | RuntimeException e) {
                            connection.rollback();
                            throw e;
                        }
                    }
                },
                3,
                Duration.ZERO);
        consumer.join();
        return consumer;
    }

    private static void record(Event event, Connection connection) throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO applied (event_id) VALUES (?)")) {
            insert.setObject(1, event.id());
            insert.executeUpdate();
        }
    }

    @Test
    void committedEventsAreRelayedOnceInTheirOrderAndARolledBackOneNever() throws SQLException {
        write(true, "tube-1", "tube-2", "tube-1");
        write(false, "tube-3");

        assertThat(relay().relayOnce()).isEqualTo(3);
        assertThat(relay().relayOnce()).isZero();

        List<Event> events =
                published().stream().map(e -> Event.fromFields(e.getFields())).toList();
        assertThat(events).extracting(Event::aggregateId).containsExactly("tube-1", "tube-2", "tube-1");
        assertThat(events).extracting(Event::version).containsExactly(1L, 1L, 2L);
        assertThat(events.get(0).type()).isEqualTo(family + ".tube.placed");
        assertThat(events.get(0).actor()).isEqualTo("tech");
        assertThat(events.get(0).requestId()).isEqualTo("req-1");
        assertThat(events.get(0).payload()).isEqualTo("{\"box\": \"B1\"}");
    }

    @Test
    void theTraceparentOfTheWritingRequestIsRelayedWithItsEventAndAnUntracedEventHasNone() throws SQLException {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            OutboxStore.append(connection, family + ".tube.placed", "tube-1", "{}", "tech", "req-1", traceparent);
            OutboxStore.append(connection, family + ".tube.placed", "tube-2", "{}", "tech", null, null);
            connection.commit();
        }

        assertThat(relay().relayOnce()).isEqualTo(2);

        List<Map<String, String>> entries =
                published().stream().map(StreamEntry::getFields).toList();
        assertThat(entries.get(0)).containsEntry("traceparent", traceparent);
        assertThat(entries.get(1)).doesNotContainKey("traceparent");
        assertThat(entries.stream().map(Event::fromFields).map(Event::traceparent))
                .containsExactly(traceparent, null);
    }

    @Test
    void whileRedisIsAwayNothingIsMarkedAndTheRelayCatchesUpAfter() throws SQLException {
        write(true, "tube-1", "tube-2");
        try (UnifiedJedis away = RedisClient.create("127.0.0.1", 1)) {
            assertThatThrownBy(() -> new OutboxRelay(dataSource, away, 50, 10_000, UNTRACED).relayOnce())
                    .isInstanceOf(JedisException.class);
        }
        write(true, "tube-3");

        assertThat(relay().relayOnce()).isEqualTo(3);
        assertThat(published()).hasSize(3);
    }

    @Test
    void twoRelaysNeverPublishOneRowTwiceNorAnAggregatesEventsOutOfOrder() throws Exception {
        for (int i = 0; i < 20; i++) {
            write(true, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        }
        AtomicInteger relayed = new AtomicInteger();
        Runnable drain = () -> {
            try {
                int n;
                while ((n = new OutboxRelay(dataSource, redis, 7, 10_000, UNTRACED).relayOnce()) > 0) {
                    relayed.addAndGet(n);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(drain), CompletableFuture.runAsync(drain))
                .join();

        assertThat(relayed).hasValue(200);
        assertThat(published()).hasSize(200);
        assertThat(published().stream().map(e -> e.getFields().get("id")).distinct())
                .hasSize(200);
        Map<String, List<Long>> versions = published().stream()
                .map(e -> Event.fromFields(e.getFields()))
                .collect(Collectors.groupingBy(
                        Event::aggregateId, Collectors.mapping(Event::version, Collectors.toList())));
        assertThat(versions).hasSize(10);
        versions.values().forEach(each -> assertThat(each).isSorted().hasSize(20));
    }

    @Test
    void twoTransactionsAppendingToOneAggregateTakeTheNextVersionsInTurn() throws Exception {
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            OutboxStore.append(first, family + ".user.locked_out", "user-1", "{}", "auth", null, null);
            CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    long version = OutboxStore.append(
                                    connection, family + ".user.disabled", "user-1", "{}", "admin", null, null)
                            .version();
                    connection.commit();
                    return version;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Awaitility.await("the second append waiting for the first")
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> waitingForALock() == 1);
            assertThat(second).isNotDone();
            first.commit();

            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        }
    }

    /** Connections of this database waiting for an advisory lock. */
    private long waitingForALock() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM pg_locks l JOIN pg_database d "
                        + "ON d.oid = l.database WHERE d.datname = current_database() "
                        + "AND l.locktype = 'advisory' AND NOT l.granted")) {
            count.next();
            return count.getLong(1);
        }
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() throws SQLException {
        write(true, "tube-1");
        relay().relayOnce();
        EventConsumer consumer = consumer("one", EventsTest::record);

        assertThat(consumer.pollOnce(10, Duration.ofMillis(100))).isEqualTo(1);
        redis.xadd(
                Event.stream(family),
                StreamEntryID.NEW_ENTRY,
                published().get(0).getFields());
        assertThat(consumer.pollOnce(10, Duration.ofMillis(100))).isEqualTo(1);

        assertThat(applied()).isEqualTo(1);
        assertThat(redis.xpending(Event.stream(family), group).getTotal()).isZero();
    }

    @Test
    void whatACrashedInstanceTookAndNeverAcknowledgedIsAppliedByAnother() throws SQLException {
        write(true, "tube-1", "tube-2");
        relay().relayOnce();
        EventConsumer survivor = consumer("survivor", EventsTest::record);
        // The crashed instance: it read both and stopped before applying or acknowledging them.
        redis.xreadGroup(
                group,
                "crashed",
                XReadGroupParams.xReadGroupParams().count(10),
                Map.of(Event.stream(family), StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));

        assertThat(survivor.pollOnce(10, Duration.ofMillis(100))).isEqualTo(2);
        assertThat(applied()).isEqualTo(2);
        assertThat(redis.xpending(Event.stream(family), group).getTotal()).isZero();
    }

    @Test
    void anEventThatKeepsFailingIsADeadLetterWithItsReasonAndRedriveAppliesIt() throws SQLException {
        write(true, "tube-1");
        relay().relayOnce();
        AtomicInteger attempts = new AtomicInteger();
        EventConsumer consumer = consumer("one", (event, connection) -> {
            record(event, connection);
            if (attempts.incrementAndGet() <= 3) {
                throw new IllegalStateException("the freezer is not known yet");
            }
        });

        for (int round = 0; round < 3; round++) {
            assertThat(consumer.pollOnce(10, Duration.ofMillis(100))).isEqualTo(1);
        }
        List<StreamEntry> dead = redis.xrange(EventConsumer.deadLetters(group), "-", "+");
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).getFields().get("reason")).contains("the freezer is not known yet");
        assertThat(dead.get(0).getFields()).containsEntry("failures", "3");
        assertThat(applied()).as("each failed attempt was rolled back").isZero();
        assertThat(redis.xpending(Event.stream(family), group).getTotal()).isZero();

        assertThat(EventConsumer.redrive(redis, group)).isEqualTo(1);
        assertThat(consumer.pollOnce(10, Duration.ofMillis(100))).isEqualTo(1);
        assertThat(applied()).isEqualTo(1);
        assertThat(redis.xlen(EventConsumer.deadLetters(group))).isZero();
    }
}
