package org.tracseq.deployments;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A Liberty server set up as docs/deploy.md tells an operator to: created with {@code bin/server
 * create} in a runtime of its own choosing (here the checkout's {@code target/liberty/wlp}, with a
 * user directory under this module's {@code target/}), the TracSeq WARs in its {@code apps/}, the
 * shared fragments beside its {@code server.xml}, the JDBC driver in {@code
 * ${shared.resource.dir}/jdbc}, and every setting in its {@code server.env}.
 */
final class DeployedServer {
    static final Path ROOT = Path.of(System.getProperty("tracseq.root", "."));
    private static final Path SERVER_SCRIPT = ROOT.resolve("target/liberty/wlp/bin/server");
    private static final Path DEPLOYABLES = Path.of(System.getProperty("its.deployables"));
    private static final Path USER_DIR = Path.of(System.getProperty("its.servers"));
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    private final String name;
    private final Path dir;
    private final String healthUrl;

    private DeployedServer(String name, String healthUrl) {
        this.name = name;
        this.dir = USER_DIR.resolve("servers").resolve(name);
        this.healthUrl = healthUrl;
    }

    /**
     * Creates the server afresh.
     *
     * @param apps      the WARs it runs, by name ({@code samples} is {@code samples.war})
     * @param fragments what of liberty-config/shared it needs beside its server.xml (files or folders)
     * @param serverXml its server.xml
     * @param env       its server.env
     * @param healthPort where it answers {@code /health/ready}: its HTTP port, or its management port
     */
    static DeployedServer create(
            String name,
            List<String> apps,
            List<String> fragments,
            String serverXml,
            Map<String, String> env,
            int healthPort) {
        DeployedServer server = new DeployedServer(name, "http://localhost:" + healthPort + "/health/ready");
        server.run("stop"); // a run left over from an aborted test run would hold the ports
        try {
            deleteRecursively(server.dir);
            server.run("create");
            for (String app : apps) {
                Files.copy(
                        DEPLOYABLES.resolve(app + ".war"),
                        server.dir.resolve("apps/" + app + ".war"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Path shared = ROOT.resolve("liberty-config/shared");
            for (String fragment : fragments) {
                try (var files = Files.walk(shared.resolve(fragment))) {
                    for (Path file : files.toList()) {
                        Path target = server.dir.resolve(shared.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(target);
                        } else {
                            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            Files.writeString(server.dir.resolve("server.xml"), serverXml);
            Files.writeString(
                    server.dir.resolve("server.env"),
                    env.entrySet().stream()
                            .map(setting -> setting.getKey() + "=" + setting.getValue() + "\n")
                            .collect(Collectors.joining()));
            // The JVM of the build's test servers (its.server.jvm.options, parent pom).
            Files.write(
                    server.dir.resolve("jvm.options"),
                    Arrays.stream(System.getProperty("its.server.jvm.options", "")
                                    .split(" "))
                            .filter(option -> !option.isBlank())
                            .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set up server " + name, e);
        }
        return server;
    }

    /** The PostgreSQL driver where tracseq-database.xml looks for it, once for every server of the runtime. */
    static void installJdbcDriver() {
        try {
            Path jdbc = Files.createDirectories(USER_DIR.resolve("shared/resources/jdbc"));
            try (var drivers = Files.list(DEPLOYABLES.resolve("jdbc"))) {
                for (Path driver : drivers.toList()) {
                    Files.copy(driver, jdbc.resolve(driver.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code bin/server start}, then polls readiness: a started server may still be migrating its schemas. */
    void start() {
        run("start");
        await(name + " ready")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> HTTP.send(
                                        HttpRequest.newBuilder(URI.create(healthUrl))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200);
    }

    void stop() {
        run("stop");
    }

    /** The access log's lines so far ({@code rid=<request id>} ends each, tracseq-base.xml). */
    String accessLog() {
        try {
            Path log = dir.resolve("logs/access.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    private void run(String command) {
        ProcessBuilder process = new ProcessBuilder(List.of(SERVER_SCRIPT.toString(), command, name))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        process.environment().put("WLP_USER_DIR", USER_DIR.toString());
        try {
            int exit = process.start().waitFor();
            // stop answers 1 for a server that is not running, which is what stop is for.
            if (exit != 0 && !"stop".equals(command)) {
                throw new IllegalStateException("server " + command + " " + name + " exited with " + exit
                        + "; its log: " + dir.resolve("logs"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var files = Files.walk(path)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }
}
