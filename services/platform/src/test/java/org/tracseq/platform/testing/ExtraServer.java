package org.tracseq.platform.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A further Liberty server an integration test starts, crashes and restarts itself, e.g. a second
 * instance of a service behind the gateway. It runs from the checkout's Liberty runtime with the
 * shared configuration fragments, a service's own {@code server.xml} and its packaged WAR, in a
 * user directory under the calling module's {@code target/}.
 */
public final class ExtraServer {
    private static final Path ROOT = Path.of(System.getProperty("tracseq.root", "."));
    private static final Path SERVER_SCRIPT = ROOT.resolve("target/liberty/wlp/bin/server");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    private final String name;
    private final int port;
    private final Path userDir;

    private ExtraServer(String name, int port, Path userDir) {
        this.name = name;
        this.port = port;
        this.userDir = userDir;
    }

    /**
     * Creates and starts a server running one service module's WAR on {@code port}, and waits until
     * it is ready.
     *
     * @param module     e.g. {@code services/samples}; its {@code server.xml} and {@code target/<app>.war} are used
     * @param systemProperties extra {@code -D} options, e.g. the service's settings
     */
    public static ExtraServer start(
            String name, String module, String app, int port, Map<String, String> systemProperties) {
        return start(name, module, app, port, System.getProperty("tracseq.db.name", "tracseq"), systemProperties);
    }

    /**
     * As {@link #start(String, String, String, int, Map)}, on a database of its own instead of the
     * suite's, e.g. so that its outbox is relayed by no other server.
     */
    public static ExtraServer start(
            String name, String module, String app, int port, String database, Map<String, String> systemProperties) {
        Path userDir = Path.of(System.getProperty("user.dir"), "target", "extra-servers")
                .toAbsolutePath();
        create(name, module, app, port, database, systemProperties, userDir);
        ExtraServer extra = new ExtraServer(name, port, userDir);
        extra.start();
        return extra;
    }

    /** A port that was free a moment ago, for a server or a stand-in a test starts. */
    public static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Synchronized: servers started in parallel share the user directory's JDBC drivers. */
    private static synchronized void create(
            String name,
            String module,
            String app,
            int port,
            String database,
            Map<String, String> systemProperties,
            Path userDir) {
        Path server = userDir.resolve("servers").resolve(name);
        try {
            Files.createDirectories(server.resolve("apps"));
            Path jdbc = Files.createDirectories(userDir.resolve("shared/resources/jdbc"));
            try (Stream<Path> fragments = Files.list(ROOT.resolve("liberty-config/shared"))) {
                for (Path fragment : fragments.toList()) {
                    Files.copy(fragment, server.resolve(fragment.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path moduleDir = ROOT.resolve(module);
            Files.copy(
                    moduleDir.resolve("src/main/liberty/config/server.xml"),
                    server.resolve("server.xml"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.copy(
                    moduleDir.resolve("target/" + app + ".war"),
                    server.resolve("apps/" + app + ".war"),
                    StandardCopyOption.REPLACE_EXISTING);
            Path driver = postgresDriverJar();
            Files.copy(driver, jdbc.resolve(driver.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(
                    server.resolve("bootstrap.properties"),
                    // Provisioning, as a test server would, gives the database this service's role and schema.
                    "http.port=" + port + "\n" + "db.name=" + database + "\n" + "tracseq.db.provision=true\n");
            // The same JVM as the build's test servers (its.server.jvm.options, parent pom).
            Files.write(
                    server.resolve("jvm.options"),
                    Stream.concat(
                                    Stream.of(System.getProperty("its.server.jvm.options", "")
                                                    .split(" "))
                                            .filter(option -> !option.isBlank()),
                                    systemProperties.entrySet().stream()
                                            .map(option -> "-D" + option.getKey() + "=" + option.getValue()))
                            .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create server " + name, e);
        }
    }

    /**
     * The JDBC driver of tracseq-database.xml, from the caller's own classpath: a module's Liberty
     * user directory has it only after that module's integration tests ran, not after a
     * {@code -DskipTests} build (as for the benchmarks).
     */
    private static Path postgresDriverJar() throws IOException {
        try {
            return Path.of(Class.forName("org.postgresql.Driver")
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IOException(
                    "The PostgreSQL driver must be on the test classpath of a module starting servers", e);
        }
    }

    /**
     * Starts the (stopped or crashed) server again and waits until it is ready. A run of it left
     * over from an aborted test run is stopped first.
     */
    public void start() {
        run("stop");
        run("start");
        try {
            awaitReady();
        } catch (RuntimeException notReady) {
            run("stop"); // not left running to hold the port; its logs stay for the reader
            throw notReady;
        }
    }

    /** A clean shutdown. */
    public void stop() {
        run("stop");
    }

    /** A crash: the JVM is killed at once, nothing is shut down cleanly. */
    public void kill() {
        process().ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().join();
        });
    }

    /** The CPU time the server's JVM has used so far (all its threads), e.g. to state a cost per request. */
    public Duration cpuTime() {
        return running()
                .info()
                .totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("No CPU time for server " + name));
    }

    /** The server's JVM, e.g. to pin it to some of the machine's cores. */
    public long pid() {
        return running().pid();
    }

    private ProcessHandle running() {
        return process().orElseThrow(() -> new IllegalStateException(name + " is not running"));
    }

    private Optional<ProcessHandle> process() {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(userDir.resolve("servers/.pid/" + name + ".pid"))
                    .trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("No pid for server " + name, e);
        }
    }

    public String rootUrl() {
        return "http://localhost:" + port;
    }

    public void awaitReady() {
        URI ready = URI.create(rootUrl() + "/health/ready");
        await(name + " ready")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> HTTP.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200);
    }

    private void run(String command) {
        ProcessBuilder process = new ProcessBuilder(List.of(SERVER_SCRIPT.toString(), command, name))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        process.environment().put("WLP_USER_DIR", userDir.toString());
        try {
            int exit = process.start().waitFor();
            if (exit != 0 && !"stop".equals(command)) {
                throw new IllegalStateException("server " + command + " " + name + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
