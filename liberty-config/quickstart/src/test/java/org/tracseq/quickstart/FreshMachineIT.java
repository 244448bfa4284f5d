package org.tracseq.quickstart;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.ExtraServer;
import redis.clients.jedis.Jedis;

/**
 * The quick start on a machine with only Java: nothing answers at the PostgreSQL and Redis
 * addresses, so the launcher starts embedded ones, and then the packaged server ({@code java -jar
 * tracseq.jar}). A sample registered before a restart is there after it. Run as root (CI), the
 * launcher runs as {@code nobody}, as PostgreSQL requires, from copies it may read.
 */
class FreshMachineIT {
    private static final String ADMIN = "quickstart-admin";
    private static final String PASSWORD = "Thermocycler-Violet-Quay-41!";
    private static final Duration START = Duration.ofMinutes(5);
    private static final Duration STOP = Duration.ofMinutes(2);

    private final int postgresPort = ExtraServer.freePort();
    private final int redisPort = ExtraServer.freePort();
    private final int httpPort = ExtraServer.freePort();
    private final int managementPort = ExtraServer.freePort();
    private final boolean root = QuickStart.runsAsRoot();
    private Path base;
    private Process launcher;

    @Test
    void startsEmbeddedStoresAndKeepsTheirDataAcrossARestart() throws Exception {
        base = root
                ? Files.createTempDirectory("tracseq-quickstart-it")
                : freshFolder(Path.of("target", "quickstart-it"));
        List<String> command = launcherCommand();
        Path home = base.resolve(".tracseq");

        Path firstLog = start(command, "launcher-1.log");
        awaitHealthy(firstLog);
        String sampleId = given().baseUri(api())
                .contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + logIn())
                .body(
                        "{\"name\":\"Liver biopsy 7\",\"type\":\"tissue\",\"initialVolume\":{\"value\":50,\"unit\":\"ul\"}}")
                .post("/samples/")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try (Jedis redis = new Jedis("127.0.0.1", redisPort)) {
            redis.set("quickstart-it:kept", sampleId);
        }
        stop(firstLog);
        assertThat(Files.readString(firstLog))
                .contains("nothing answers at 127.0.0.1:" + postgresPort + ": starting an embedded PostgreSQL there,"
                        + " with a new database cluster in " + home.resolve("postgres"))
                .contains("embedded PostgreSQL 17.")
                .contains("nothing answers at 127.0.0.1:" + redisPort + ": starting an embedded Redis there")
                .contains("embedded Redis ready at 127.0.0.1:" + redisPort);

        Path secondLog = start(command, "launcher-2.log");
        awaitHealthy(secondLog);
        given().baseUri(api())
                .header("Authorization", "Bearer " + logIn())
                .get("/samples/" + sampleId)
                .then()
                .statusCode(200)
                .body("name", equalTo("Liver biopsy 7"));
        try (Jedis redis = new Jedis("127.0.0.1", redisPort)) {
            assertThat(redis.get("quickstart-it:kept")).isEqualTo(sampleId);
        }
        stop(secondLog);
        assertThat(Files.readString(secondLog))
                .contains("starting an embedded PostgreSQL there, with its data in " + home.resolve("postgres"))
                .contains("starting an embedded Redis there, with its data in " + home.resolve("redis"));
    }

    /** As -Pup runs it; as root, as nobody from copies of the jars in the test's folder, which nobody owns. */
    private List<String> launcherCommand() throws IOException {
        Path serverJar = Path.of(System.getProperty("quickstart.server.jar"));
        assertThat(serverJar)
                .as("the packaged server; build it with ./mvnw -B package -DskipTests -pl liberty-config/all-in-one")
                .isRegularFile();
        List<String> classpath =
                List.of(System.getProperty("quickstart.classpath").split(File.pathSeparator));
        List<String> command = new ArrayList<>();
        if (root) {
            Path lib = Files.createDirectories(base.resolve("lib"));
            List<String> copies = new ArrayList<>();
            for (String entry : classpath) {
                Path copy = lib.resolve(copies.size() + "-" + Path.of(entry).getFileName());
                copyTree(Path.of(entry), copy);
                copies.add(copy.toString());
            }
            classpath = copies;
            serverJar = Files.copy(serverJar, lib.resolve("tracseq.jar"));
            run("chown", "-R", "nobody:nogroup", base.toString());
            command.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        }
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-classpath",
                String.join(File.pathSeparator, classpath),
                QuickStart.class.getName(),
                serverJar.toString(),
                base.resolve(".tracseq").toString()));
        return command;
    }

    private Path start(List<String> command, String logName) throws IOException {
        Path log = base.resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(base.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("WLP_") || name.startsWith("TRACSEQ_") || name.startsWith("DB_"));
        env.putAll(Map.of(
                "HOME", base.toString(),
                "DB_HOST", "127.0.0.1",
                "DB_PORT", Integer.toString(postgresPort),
                "TRACSEQ_REDIS_URL", "redis://127.0.0.1:" + redisPort,
                "HTTP_PORT", Integer.toString(httpPort),
                "MANAGEMENT_PORT", Integer.toString(managementPort),
                "TRACSEQ_ADMIN_USERNAME", ADMIN,
                "TRACSEQ_ADMIN_PASSWORD", PASSWORD,
                // The server's JVM (bin/server reads JVM_ARGS) as the build's test servers run.
                "JVM_ARGS", System.getProperty("its.server.jvm.options", "")));
        launcher = builder.start();
        return log;
    }

    private void awaitHealthy(Path log) {
        await().atMost(START).pollInterval(Duration.ofSeconds(1)).until(() -> {
            if (!launcher.isAlive()) {
                throw new AssertionError("The launcher exited with " + launcher.exitValue() + ":\n" + tail(log));
            }
            try {
                Response health = given().baseUri(api()).get("/health");
                return health.statusCode() == 200 && "UP".equals(health.path("status"));
            } catch (Exception notYet) { // refused while it starts (rest-assured throws it unchecked)
                return false;
            }
        });
    }

    /** SIGTERM, as systemd or Ctrl-C would: the server stops, then the embedded stores, and the launcher exits 0. */
    private void stop(Path log) throws InterruptedException, IOException {
        launcher.destroy();
        assertThat(launcher.waitFor(STOP.toSeconds(), TimeUnit.SECONDS))
                .as("launcher stopped within %s:%n%s", STOP, tail(log))
                .isTrue();
        assertThat(launcher.exitValue()).as(tail(log)).isZero();
        assertThat(Files.readString(log))
                .containsSubsequence(
                        "stopping the server",
                        "server stopped",
                        "stopping the embedded Redis",
                        "stopping the embedded PostgreSQL");
        assertThat(new Address("127.0.0.1", postgresPort).answers()).isFalse();
        assertThat(new Address("127.0.0.1", redisPort).answers()).isFalse();
        assertThat(new Address("127.0.0.1", httpPort).answers()).isFalse();
    }

    private String logIn() {
        return given().baseUri(api())
                .contentType(ContentType.JSON)
                .body("{\"username\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}")
                .post("/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }

    private String api() {
        return "http://localhost:" + httpPort + "/api";
    }

    @AfterEach
    void leaveNothingRunning() throws Exception {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy();
            if (!launcher.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
            }
        }
        // Root's copy lives in /tmp, where nothing cleans it: 0.5 GB of jars, server and data.
        if (root && base != null) {
            deleteTree(base);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static Path freshFolder(Path folder) throws IOException {
        deleteTree(folder);
        return Files.createDirectories(folder).toAbsolutePath();
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Files.copy(
                        path, target.resolve(source.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                    try {
                        Files.delete(path);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    private static void run(String... command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
