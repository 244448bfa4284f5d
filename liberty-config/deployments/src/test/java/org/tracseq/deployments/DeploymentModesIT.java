package org.tracseq.deployments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

/**
 * docs/deploy.md, carried out: TracSeq's WARs deployed into Liberty servers made with {@code bin/server
 * create}, with the shared fragments, the JDBC driver and settings in {@code server.env} only, on a
 * database prepared as its administrator would. One deployment serves the three modes:
 *
 * <ul>
 *   <li>microservices: every service its own server, behind a gateway of its own (28089);
 *   <li>hybrid ("lab manager proxy"): the all-in-one server (28099) with samples and storage left out by
 *       its environment, its built-in gateway routing them to the standalone ones;
 *   <li>gradual migration: the standalone gateway's barcodes route, whose monolith is the all-in-one
 *       server's barcodes, flipped to the monolith and back.
 * </ul>
 *
 * The servers share one database, as the instances of one deployment do, and the Redis every test
 * uses; they listen on 28xxx, which no other module's tests use.
 */
class DeploymentModesIT {
    static final String ADMIN_USERNAME = "deploy-admin";
    static final String ADMIN_PASSWORD = "Centrifuge-Harbor-Quartz-42!";

    private static final String DATABASE = System.getProperty("tracseq.db.name");
    private static final String REDIS = "redis://127.0.0.1:6379";

    /** Each service's port in microservices mode: its port of docs/DESIGN.md §6 + 20000. */
    private static final Map<String, Integer> SERVICES = Map.of(
            "auth", 28080,
            "samples", 28081,
            "storage", 28082,
            "sequencing", 28084,
            "qaqc", 28088,
            "library-prep", 28090,
            "events", 28091,
            "barcodes", 28093);

    private static final int GATEWAY = 28089;
    private static final int ALL_IN_ONE = 28099;
    private static final int ALL_IN_ONE_MANAGEMENT = 29099;

    private static final Map<String, DeployedServer> SERVERS = new LinkedHashMap<>();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void deploy() throws SQLException {
        prepareDatabase();
        DeployedServer.installJdbcDriver();
        SERVICES.forEach((service, port) -> SERVERS.put(service, standaloneService(service, port)));
        SERVERS.put("gateway", gateway());
        SERVERS.put("all-in-one", hybridAllInOne());
        // In parallel: the servers' start-ups share the machine's cores rather than waiting on each other.
        CompletableFuture.allOf(SERVERS.values().stream()
                        .map(server -> CompletableFuture.runAsync(server::start))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    @AfterAll
    static void stopEveryServer() {
        CompletableFuture.allOf(SERVERS.values().stream()
                        .map(server -> CompletableFuture.runAsync(server::stop))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    @Test
    void microservicesModeServesALabThroughItsGateway() {
        String walk = "microservices-" + UUID.randomUUID();
        new LabWalk(url(GATEWAY), walk).registerCheckAndStore();

        for (String service : List.of("auth", "samples", "barcodes", "storage", "events")) {
            assertThat(SERVERS.get(service).accessLog())
                    .as("%s's own server answered the walk", service)
                    .contains("rid=" + walk);
        }
    }

    @Test
    void hybridModeRoutesTheServicesLeftOutToTheirStandaloneServers() throws Exception {
        String walk = "hybrid-" + UUID.randomUUID();
        new LabWalk(url(ALL_IN_ONE), walk).registerCheckAndStore();

        for (String leftOut : List.of("samples", "storage")) {
            assertThat(SERVERS.get(leftOut).accessLog())
                    .as("the standalone %s answered the walk", leftOut)
                    .contains("rid=" + walk);
            // The empty application holding the context root has nothing to answer with (Liberty's 404, no contract's).
            assertThat(HTTP.send(
                                    HttpRequest.newBuilder(URI.create(url(ALL_IN_ONE) + "/" + leftOut + "/openapi"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .as("%s does not run in the all-in-one server", leftOut)
                    .isEqualTo(404);
        }
    }

    @Test
    void gradualMigrationMovesARouteToTheMonolithAndBack() {
        LabWalk admin = new LabWalk(url(GATEWAY), "migration-" + UUID.randomUUID());
        try {
            setBarcodesMode(admin, "monolith");
            awaitBarcodesAnsweredBy(admin, SERVERS.get("all-in-one"), SERVERS.get("barcodes"));
            setBarcodesMode(admin, "service");
            awaitBarcodesAnsweredBy(admin, SERVERS.get("barcodes"), SERVERS.get("all-in-one"));
        } finally {
            // The modes live in the Redis every gateway reads: leave barcodes as every other test expects it.
            setBarcodesMode(admin, "service");
        }
    }

    private static void setBarcodesMode(LabWalk admin, String mode) {
        assertThat(admin.api()
                        .body("{\"mode\": \"" + mode + "\"}")
                        .put("/admin/routes/barcodes/mode")
                        .statusCode())
                .isEqualTo(200);
    }

    /** Once the gateway has read the new mode (within a second), a request is answered by {@code expected}. */
    private static void awaitBarcodesAnsweredBy(LabWalk admin, DeployedServer expected, DeployedServer other) {
        await("barcodes answered by " + expected.name())
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> answeredBy(admin, expected, other), expected::equals);
    }

    /** Which of the two servers answers a barcode check through the gateway, by its access log. */
    private static DeployedServer answeredBy(LabWalk admin, DeployedServer one, DeployedServer other) {
        String request = "migration-" + UUID.randomUUID();
        assertThat(admin.api(request)
                        .queryParam("barcode", "TS-NOT-ISSUED")
                        .get("/barcodes/validate")
                        .statusCode())
                .isEqualTo(200);
        // Liberty writes an access-log line just after the answer.
        return await("request " + request + " in an access log")
                .atMost(Duration.ofSeconds(5))
                .until(
                        () -> Stream.of(one, other)
                                .filter(server -> server.accessLog().contains("rid=" + request))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    /** The database administrator's part (docs/deploy.md): each service's role and the schema it owns. */
    private static void prepareDatabase() throws SQLException {
        Properties administrator = new Properties();
        administrator.setProperty("user", "postgres");
        try (Connection connection =
                        new Driver().connect("jdbc:postgresql://127.0.0.1:5432/" + DATABASE, administrator);
                Statement sql = connection.createStatement()) {
            for (String service : SERVICES.keySet()) {
                String schema = service.replace('-', '_');
                // Roles belong to the PostgreSQL cluster, which other test databases share: made once.
                sql.execute("""
                        DO $$ BEGIN
                          CREATE ROLE tracseq_%1$s LOGIN;
                        EXCEPTION WHEN duplicate_object THEN NULL;
                        END $$""".formatted(schema));
                sql.execute("ALTER ROLE tracseq_%s PASSWORD '%s'".formatted(schema, databasePassword(service)));
                sql.execute("CREATE SCHEMA %1$s AUTHORIZATION tracseq_%1$s".formatted(schema));
            }
        }
    }

    /** What the administrator gave the service's role, and the service is given (DB_SAMPLES_PASSWORD). */
    private static String databasePassword(String service) {
        return service + "-deployments-it";
    }

    /** A service alone in its server (docs/deploy.md, "Microservices"). */
    private static DeployedServer standaloneService(String service, int port) {
        boolean auth = service.equals("auth");
        String serverXml = """
                <server>
                  <include location="tracseq-base.xml"/>
                  <include location="tracseq-database.xml"/>
                  <include location="datasource-%1$s.xml"/>
                %2$s  <webApplication location="%1$s.war" contextRoot="/%1$s">
                    <classloader apiTypeVisibility="+third-party"/>
                  </webApplication>
                </server>
                """.formatted(service, auth ? "  <include location=\"auth-security.xml\"/>\n" : "");
        List<String> fragments =
                new ArrayList<>(List.of("tracseq-base.xml", "tracseq-database.xml", "datasource-" + service + ".xml"));
        if (auth) {
            fragments.add("auth-security.xml");
        }
        Map<String, String> env = common(port);
        env.put(databasePasswordVariable(service), databasePassword(service));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", url(SERVICES.get("auth")) + "/auth/jwks");
        switch (service) {
            case "auth" -> {
                env.put("TRACSEQ_ADMIN_USERNAME", ADMIN_USERNAME);
                env.put("TRACSEQ_ADMIN_PASSWORD", ADMIN_PASSWORD);
            }
            case "samples" -> {
                env.put("TRACSEQ_BARCODES_URL", url(SERVICES.get("barcodes")));
                env.put("TRACSEQ_STORAGE_URL", url(SERVICES.get("storage")));
            }
            case "storage", "library-prep", "qaqc" -> env.put("TRACSEQ_SAMPLES_URL", url(SERVICES.get("samples")));
            case "sequencing" -> env.put("TRACSEQ_QAQC_URL", url(SERVICES.get("qaqc")));
            default -> {}
        }
        return DeployedServer.create(service, List.of(service), fragments, serverXml, env, port);
    }

    /** The gateway alone, every route to its service's server, barcodes' monolith the all-in-one server. */
    private static DeployedServer gateway() {
        String serverXml = """
                <server>
                  <include location="tracseq-base.xml"/>
                  <variable name="executor.core.threads" value="200"/>
                  <webApplication location="gateway.war" contextRoot="/">
                    <classloader apiTypeVisibility="+third-party"/>
                  </webApplication>
                </server>
                """;
        Map<String, String> env = common(GATEWAY);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", url(SERVICES.get("auth")) + "/auth/jwks");
        SERVICES.forEach(
                (service, port) -> env.put(variable("tracseq.route." + service + ".url"), url(port) + "/" + service));
        env.put("TRACSEQ_ROUTE_BARCODES_MONOLITH_URL", url(ALL_IN_ONE) + "/barcodes");
        return DeployedServer.create(
                "gateway", List.of("gateway"), List.of("tracseq-base.xml"), serverXml, env, GATEWAY);
    }

    /**
     * The all-in-one server exactly as liberty-config/all-in-one has it, samples and storage left
     * out and sent to their standalone servers by its environment alone.
     */
    private static DeployedServer hybridAllInOne() {
        Map<String, String> env = common(ALL_IN_ONE);
        env.put("MANAGEMENT_PORT", String.valueOf(ALL_IN_ONE_MANAGEMENT));
        SERVICES.keySet().forEach(service -> env.put(databasePasswordVariable(service), databasePassword(service)));
        for (String leftOut : List.of("samples", "storage")) {
            env.put(variable("tracseq.app." + leftOut), "../left-out");
            env.put(variable("tracseq.server." + leftOut), url(SERVICES.get(leftOut)));
        }
        List<String> apps =
                Stream.concat(Stream.of("gateway"), SERVICES.keySet().stream()).toList();
        return DeployedServer.create(
                "all-in-one",
                apps,
                sharedFragments(),
                read(DeployedServer.ROOT.resolve("liberty-config/all-in-one/src/main/liberty/config/server.xml")),
                env,
                ALL_IN_ONE_MANAGEMENT);
    }

    /** What every server is given: its port, the database and Redis. */
    private static Map<String, String> common(int port) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HTTP_PORT", String.valueOf(port));
        env.put("DB_HOST", "127.0.0.1");
        env.put("DB_NAME", DATABASE);
        env.put("TRACSEQ_REDIS_URL", REDIS);
        return env;
    }

    private static String databasePasswordVariable(String service) {
        return variable("db." + service + ".password");
    }

    /** A Liberty variable's name as an environment variable: capitals, dots and dashes as underscores. */
    private static String variable(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static String url(int port) {
        return "http://localhost:" + port;
    }

    private static List<String> sharedFragments() {
        try (Stream<Path> files = Files.list(DeployedServer.ROOT.resolve("liberty-config/shared"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
