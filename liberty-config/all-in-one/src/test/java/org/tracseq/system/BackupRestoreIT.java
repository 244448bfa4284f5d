package org.tracseq.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.platform.testing.ExtraServer;
import org.tracseq.platform.testing.PrivateRedis;
import org.tracseq.platform.testing.ThrowawayDatabase;
import org.tracseq.platform.testing.TracSeqServer;
import redis.clients.jedis.RedisClient;

/**
 * The lab's data backed up from the running system and restored into another database with
 * {@code db-migrations/tracseq-backup}, as docs/operations.md says, and a server on the restored
 * database serving it: a samples server on a Redis of its own, so it takes no events from this
 * suite's server and the events the restore replays are seen arriving.
 */
@MicroShedTest
class BackupRestoreIT {
    private static final Path SCRIPT = Path.of(System.getProperty("tracseq.root"), "db-migrations", "tracseq-backup");
    private static final Path BACKUP = Path.of("target", "backup-it");
    private static final String RESTORED = "tracseq_restore_it";

    @Test
    void aBackupRestoredIntoAnotherDatabaseServesTheSameSamples() throws Exception {
        TracSeqServer.awaitReady();
        String token = SeededAdmin.logIn();
        String sampleId = SeededAdmin.through(token)
                .body(
                        "{\"name\":\"Backed-up biopsy\",\"type\":\"tissue\",\"initialVolume\":{\"value\":40,\"unit\":\"ul\"}}")
                .post("/samples/")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        deleteRecursively(BACKUP);
        String backedUp = run("create", BACKUP.toString());
        assertThat(backedUp).contains("Backed up " + System.getProperty("tracseq.db.name"), "samples", "storage");
        assertThat(BACKUP.resolve("samples.dump")).isNotEmptyFile();

        ThrowawayDatabase.main(new String[] {RESTORED});
        assertThat(run("restore", BACKUP.toString(), RESTORED)).contains("row counts as backed up");

        try (PrivateRedis redis = new PrivateRedis()) {
            int port = ExtraServer.freePort();
            ExtraServer restored = ExtraServer.start(
                    "restored-samples",
                    "services/samples",
                    "samples",
                    port,
                    RESTORED,
                    Map.of(
                            "tracseq.redis.url",
                            redis.url(),
                            // The restored auth schema has the same signing keys as the running system's.
                            "mp.jwt.verify.publickey.location",
                            TracSeqServer.rootUrl() + "/auth/jwks"));
            try {
                given().header("Authorization", "Bearer " + token)
                        .get("http://localhost:" + port + "/samples/" + sampleId)
                        .then()
                        .statusCode(200)
                        .body("name", equalTo("Backed-up biopsy"));

                // The replayed events reach the restored server's stream, the sample's registration among them.
                try (RedisClient client = redis.client()) {
                    await("replayed samples events")
                            .atMost(Duration.ofSeconds(30))
                            .until(() -> client.xrange("tracseq:events:samples", "-", "+").stream()
                                    .anyMatch(entry ->
                                            sampleId.equals(entry.getFields().get("aggregateId"))));
                }

                // A restore while a server uses the database is refused, and changes nothing.
                assertThat(runExpectingFailure("restore", "--replace", BACKUP.toString(), RESTORED))
                        .contains("stop them first");
                given().header("Authorization", "Bearer " + token)
                        .get("http://localhost:" + port + "/samples/" + sampleId)
                        .then()
                        .statusCode(200);
            } finally {
                restored.stop();
            }
        }
    }

    private static String run(String... arguments) throws IOException, InterruptedException {
        Process process = start(arguments);
        String output = output(process);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static String runExpectingFailure(String... arguments) throws IOException, InterruptedException {
        Process process = start(arguments);
        String output = output(process);
        assertThat(process.exitValue()).as(output).isEqualTo(1);
        return output;
    }

    private static Process start(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DB_NAME", System.getProperty("tracseq.db.name"));
        return builder.start();
    }

    private static String output(Process process) throws IOException, InterruptedException {
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
