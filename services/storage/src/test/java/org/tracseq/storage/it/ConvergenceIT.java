package org.tracseq.storage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.storage.it.StorageFixture.awaitStatusInSamples;
import static org.tracseq.storage.it.StorageFixture.created;
import static org.tracseq.storage.it.StorageFixture.sample;
import static org.tracseq.storage.it.StorageFixture.sampleInSamples;
import static org.tracseq.storage.it.StorageFixture.token;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.ExtraServer;
import org.tracseq.platform.testing.PrivateRedis;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.ThrowawayDatabase;
import org.tracseq.platform.testing.TracSeqServer;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.StreamGroupInfo;

/**
 * Issue 18: samples' statuses converge on what storage did, whatever was down. A storage server and
 * a samples server of this test's own share a {@link PrivateRedis}, so no other server relays or
 * consumes their events: storage has a database of its own (its outbox is relayed by no other
 * server) and reads samples from the test server; the samples server works on the test server's
 * samples schema, so the test server shows what it did. The tests run in order on these servers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConvergenceIT {
    private static final String DATABASE = "tracseq_it_storage_convergence";
    private static final String STREAM = "tracseq:events:storage";
    private static final String GROUP = "samples.storage";

    private static PrivateRedis redis;
    private static ExtraServer samples;
    private static ExtraServer storage;

    @BeforeAll
    static void start() throws SQLException {
        TracSeqServer.awaitReady();
        ThrowawayDatabase.main(new String[] {DATABASE});
        redis = new PrivateRedis();
        String keys = System.getProperty("its.verification.keys");
        samples = ExtraServer.start(
                "samples-convergence",
                "services/samples",
                "samples",
                ExtraServer.freePort(),
                Map.of(
                        "tracseq.redis.url",
                        redis.url(),
                        "mp.jwt.verify.publickey.location",
                        keys,
                        "tracseq.events.claim-after-ms",
                        "2000"));
        storage = ExtraServer.start(
                "storage-convergence",
                "services/storage",
                "storage",
                ExtraServer.freePort(),
                DATABASE,
                Map.of(
                        "tracseq.redis.url",
                        redis.url(),
                        "tracseq.samples.url",
                        TracSeqServer.rootUrl(),
                        "mp.jwt.verify.publickey.location",
                        keys));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (ExtraServer server : new ExtraServer[] {storage, samples}) {
            if (server != null) {
                server.stop();
            }
        }
        if (redis != null) {
            redis.close();
        }
    }

    /** The test's storage server, as {@code role}. */
    private static RequestSpecification onStorage(Role role) {
        return TracSeqServer.requestAs(role).baseUri(storage.rootUrl()).basePath("/storage");
    }

    /** A 9×9 box in a −80 °C freezer on the test's storage server. */
    private static String box(String token) {
        Supplier<RequestSpecification> pi = () -> onStorage(Role.PRINCIPAL_INVESTIGATOR);
        return StorageFixture.box(
                pi, StorageFixture.unit(pi, token, "freezer", "minus_80").get(3), "Box", 9, 9);
    }

    private static Response place(String sampleId, String boxId) {
        return onStorage(Role.LAB_TECHNICIAN)
                .body("{\"sampleId\": \"%s\", \"boxId\": \"%s\"}".formatted(sampleId, boxId))
                .post("/placements");
    }

    /** How often the sample's status history says it became {@code in_storage}. */
    private static long timesInStorage(String sampleId) {
        return TestDatabase.queryLong(
                "SELECT count(*) FROM samples.sample_status_history WHERE sample_id = ?::uuid "
                        + "AND to_status = 'in_storage'",
                sampleId);
    }

    @Test
    @Order(1)
    void tubesPlacedWhileSamplesIsDownGetTheirStatusOnceItIsBack() {
        String token = token();
        String box = box(token);
        List<String> tubes = List.of(
                sample(token, 1, "dna").get(0),
                sample(token, 2, "dna").get(0),
                sample(token, 3, "dna").get(0));

        samples.kill();
        tubes.forEach(tube -> created(place(tube, box)));
        // Nobody consumes the private stream now; the test server's samples reads another Redis.
        tubes.forEach(tube ->
                assertThat(sampleInSamples(tube).jsonPath().getString("status")).isEqualTo("validated"));

        samples.start();
        for (String tube : tubes) {
            Response followed = awaitStatusInSamples(tube, "in_storage");
            assertThat(followed.jsonPath().getString("status")).isEqualTo("in_storage");
            assertThat(timesInStorage(tube)).isEqualTo(1);
        }
    }

    /**
     * The placement commits, storage crashes before its relay publishes it (held off by the relay's
     * own lock, which this test takes), and storage starts again: the row is relayed then, and
     * samples applies it once, also when the entry is delivered twice.
     */
    @Test
    @Order(2)
    void anEventCommittedButNotRelayedBeforeACrashArrivesOnce() throws Exception {
        String token = token();
        String box = box(token);
        String tube = sample(token, 1, "dna").get(0);
        DataSource storageDatabase = TestDatabase.administratorOf(DATABASE);

        try (Connection relayLock = storageDatabase.getConnection()) {
            holdRelayLock(relayLock);
            created(place(tube, box));
            assertThat(unrelayed(storageDatabase, tube)).isEqualTo(1);
            storage.kill();
        }
        assertThat(sampleInSamples(tube).jsonPath().getString("status")).isEqualTo("validated");

        storage.start();
        awaitStatusInSamples(tube, "in_storage");
        assertThat(unrelayed(storageDatabase, tube)).isZero();
        assertThat(historyActor(tube)).isEqualTo(outboxActor(storageDatabase, tube));

        // A second delivery of the same event (a relay crashing between publishing and marking).
        try (RedisClient client = redis.client()) {
            StreamEntry published = client.xrange(STREAM, "-", "+").stream()
                    .filter(entry -> tube.equals(entry.getFields().get("aggregateId")))
                    .findFirst()
                    .orElseThrow();
            StreamEntryID again = client.xadd(STREAM, StreamEntryID.NEW_ENTRY, published.getFields());
            Awaitility.await("the repeated entry handled")
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> {
                        StreamGroupInfo group = client.xinfoGroups(STREAM).stream()
                                .filter(g -> GROUP.equals(g.getName()))
                                .findFirst()
                                .orElseThrow();
                        return group.getLastDeliveredId().compareTo(again) >= 0 && group.getPending() == 0;
                    });
        }
        assertThat(timesInStorage(tube)).isEqualTo(1);
    }

    /** The lock every relay of this storage database takes for a round; while held, none publishes. */
    private static void holdRelayLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_lock('storage.outbox'::regclass::oid::bigint)");
        }
    }

    private static long unrelayed(DataSource database, String sampleId) throws SQLException {
        return Long.parseLong(single(
                database,
                "SELECT count(*) FROM storage.outbox WHERE aggregate_id = ? AND relayed_at IS NULL",
                sampleId));
    }

    private static String outboxActor(DataSource database, String sampleId) throws SQLException {
        return single(database, "SELECT actor FROM storage.outbox WHERE aggregate_id = ?", sampleId);
    }

    private static String historyActor(String sampleId) throws SQLException {
        return single(
                TestDatabase.administratorOf(System.getProperty("tracseq.db.name")),
                "SELECT actor FROM samples.sample_status_history WHERE sample_id = ?::uuid "
                        + "AND to_status = 'in_storage'",
                sampleId);
    }

    private static String single(DataSource database, String sql, String parameter) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
