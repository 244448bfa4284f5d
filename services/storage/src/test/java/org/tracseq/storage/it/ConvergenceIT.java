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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * samples schema, so the test server shows what it did. The tests run in order on these servers:
 * the consumer down, the producer killed between commit and relay, Redis stopped for 10 s, and two
 * consumer instances of which one is killed mid-batch (the cases issue 18 names).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConvergenceIT {
    private static final String DATABASE = "tracseq_it_storage_convergence";
    private static final String STREAM = "tracseq:events:storage";
    private static final String GROUP = "samples.storage";

    private static PrivateRedis redis;
    private static ExtraServer samples;
    private static ExtraServer storage;
    private static Map<String, String> samplesSettings;
    /** A second instance of the samples service, in the same consumer group (test 4). */
    private static ExtraServer secondSamples;

    @BeforeAll
    static void start() throws SQLException {
        TracSeqServer.awaitReady();
        ThrowawayDatabase.main(new String[] {DATABASE});
        redis = PrivateRedis.persistent();
        String keys = System.getProperty("its.verification.keys");
        samplesSettings = Map.of(
                "tracseq.redis.url",
                redis.url(),
                "mp.jwt.verify.publickey.location",
                keys,
                "tracseq.events.claim-after-ms",
                "2000");
        samples = ExtraServer.start(
                "samples-convergence", "services/samples", "samples", ExtraServer.freePort(), samplesSettings);
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
        for (ExtraServer server : new ExtraServer[] {storage, samples, secondSamples}) {
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

    /**
     * Placements keep coming, one every 400 ms, while Redis is stopped for 10 s (killed, then
     * started again with the data its append-only file kept, as production's does). Storage refuses
     * signed-in requests it cannot check against the revocation list (503) once it notices; what it
     * accepted, before, during or after, is in storage and reaches samples exactly once; what it
     * refused is nowhere.
     */
    @Test
    @Order(3)
    void redisStoppedForTenSecondsUnderAStreamOfPlacementsLosesNothingAndDuplicatesNothing() throws Exception {
        String token = token();
        String box = box(token);
        List<String> tubes = new ArrayList<>();
        for (int n = 1; n <= 40; n++) {
            tubes.add(sample(token, n, "dna").get(0));
        }
        List<String> accepted = new CopyOnWriteArrayList<>();
        List<String> refused = new CopyOnWriteArrayList<>();
        Iterator<String> next = tubes.iterator();
        ScheduledExecutorService client = Executors.newSingleThreadScheduledExecutor();
        try {
            client.scheduleAtFixedRate(
                    () -> {
                        if (next.hasNext()) {
                            String tube = next.next();
                            Response placed = place(tube, box);
                            (placed.statusCode() == 201 ? accepted : refused).add(tube);
                        }
                    },
                    0,
                    400,
                    TimeUnit.MILLISECONDS);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> accepted.size() >= 5);
            redis.kill();
            TimeUnit.SECONDS.sleep(10); // the outage itself
            redis.start();
            Awaitility.await("every placement tried")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> accepted.size() + refused.size() == tubes.size());
        } finally {
            client.shutdownNow();
        }

        assertThat(accepted).as("placements after Redis came back").contains(tubes.get(tubes.size() - 1));
        for (String tube : accepted) {
            awaitStatusInSamples(tube, "in_storage");
            assertThat(timesInStorage(tube)).as(tube).isEqualTo(1);
        }
        for (String tube : refused) {
            assertThat(sampleInSamples(tube).jsonPath().getString("status")).isEqualTo("validated");
            assertThat(onStorage(Role.LAB_TECHNICIAN).get("/samples/" + tube).statusCode())
                    .isEqualTo(404);
        }
    }

    /**
     * Two instances of samples share the consumer group; one is killed (kill -9) while a stream of
     * placements is being applied. The other takes over what the dead one had taken and not
     * acknowledged (after claim-after, 2 s here): every placement reaches samples exactly once.
     */
    @Test
    @Order(4)
    void twoInstancesShareTheGroupAndOneKilledMidBatchLosesNothing() {
        secondSamples = ExtraServer.start(
                "samples-convergence-2", "services/samples", "samples", ExtraServer.freePort(), samplesSettings);
        String token = token();
        String box = box(token);
        List<String> tubes = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            tubes.add(sample(token, n, "dna").get(0));
        }

        for (int n = 0; n < tubes.size(); n++) {
            created(place(tubes.get(n), box));
            if (n == tubes.size() / 2) {
                samples.kill();
            }
        }

        for (String tube : tubes) {
            awaitStatusInSamples(tube, "in_storage");
            assertThat(timesInStorage(tube)).as(tube).isEqualTo(1);
        }
        try (RedisClient client = redis.client()) {
            assertThat(client.xinfoConsumers2(STREAM, GROUP))
                    .as("both instances joined the group")
                    .hasSizeGreaterThanOrEqualTo(2);
            Awaitility.await("nothing left pending")
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> client.xpending(STREAM, GROUP).getTotal() == 0);
        }
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
