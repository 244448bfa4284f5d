package org.tracseq.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.ExtraServer;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Two real instances of the samples service behind the gateway's {@code twosamples} route (the IT
 * server's configuration; the second behind a {@link Link} that can slow it down): an instance
 * crashing under load costs no GET, a slow one is timed out, retried elsewhere and ejected. The
 * {@code samples} route reaches the first instance through a link that is cut except in the
 * breaker test: its breaker opens, answers at once, and closes again when the service is
 * reachable, without touching another route. Every route has a breaker of its own, those added by
 * configuration alone ({@code twosamples}, {@code migrating}, {@code unreachable}) too, and a route
 * declared in a line of its own takes policy values of its own ({@code storage}, tried once).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayInstancesIT {
    private static final int PORT_A = Integer.getInteger("its.samples.a.port");
    private static final int PORT_B = Integer.getInteger("its.samples.b.port");
    private static final int PORT_SLOW_B = Integer.getInteger("its.samples.slow-b.port");
    private static final int PORT_SAMPLES_ROUTE = Integer.getInteger("its.samples.route.port");
    private static final int PORT_MIGRATING = Integer.getInteger("its.migrating.port");
    private static final Map<String, String> SAMPLES_SETTINGS = Map.of(
            "mp.jwt.verify.publickey.location",
            System.getProperty("its.verification.keys"),
            "tracseq.barcodes.url",
            "http://localhost:1");

    private static ExtraServer a;
    private static ExtraServer b;
    private static Link slowB;
    private static Link samplesRoute;
    private static Link migratingService;
    private static final String TOKEN = TestTokens.of(Role.LAB_TECHNICIAN);

    @BeforeAll
    static void startInstances() throws Exception {
        TracSeqServer.awaitReady();
        ExecutorService starting = Executors.newFixedThreadPool(2);
        var startA = starting.submit(
                () -> ExtraServer.start("samples-a", "services/samples", "samples", PORT_A, SAMPLES_SETTINGS));
        var startB = starting.submit(
                () -> ExtraServer.start("samples-b", "services/samples", "samples", PORT_B, SAMPLES_SETTINGS));
        starting.shutdown();
        a = startA.get();
        b = startB.get();
        slowB = new Link(PORT_SLOW_B, PORT_B);
        migratingService = new Link(PORT_MIGRATING, PORT_A);
        awaitBothAvailable();
    }

    @AfterAll
    static void stopInstances() throws Exception {
        for (Link link : new Link[] {slowB, samplesRoute, migratingService}) {
            if (link != null) {
                link.close();
            }
        }
        for (ExtraServer instance : new ExtraServer[] {a, b}) {
            if (instance != null) {
                instance.stop();
            }
        }
    }

    private static Response get(String path) {
        return TracSeqServer.request()
                .header("Authorization", "Bearer " + TOKEN)
                .get(path)
                .andReturn();
    }

    private static List<Map<String, Object>> instances(String route) {
        return JsonPath.from(TracSeqServer.request().get("/api/health").asString())
                .getList("services." + route + ".instances");
    }

    private static void awaitBothAvailable() {
        for (String route : List.of("twosamples", "migrating")) {
            await(route + " instances available")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> instances(route).stream()
                            .allMatch(i -> "UP".equals(i.get("status")) && "available".equals(i.get("gateway"))));
        }
    }

    @Test
    @Order(5)
    void aMigrationFlagFlipUnderLoadFailsNoRequestAndRollsBack() throws Exception {
        String admin = TestTokens.of(Role.LAB_ADMINISTRATOR);
        try (Load load = new Load(4, thread -> get("/api/migrating/?size=1").statusCode())) {
            load.awaitEach(5);
            assertThat(setMode(admin, "monolith").jsonPath().getString("mode")).isEqualTo("monolith");
            load.awaitEach(2); // requests in flight at the flip are done
            migratingService.cut(true); // from now on only the monolith can answer
            load.awaitEach(10);

            migratingService.cut(false);
            assertThat(setMode(admin, "service").jsonPath().getString("mode")).isEqualTo("service");
            load.awaitEach(2);
            slowB.cut(true); // the monolith is b behind its link: now only the service can answer
            load.awaitEach(10);
            slowB.cut(false);
            assertThat(load.statuses()).hasSizeGreaterThan(100).containsOnly(200);
        }
        Response view = TracSeqServer.request()
                .header("Authorization", "Bearer " + admin)
                .get("/api/admin/routes")
                .andReturn();
        assertThat(view.jsonPath().getString("recentModeChanges[0].route")).isEqualTo("migrating");
        assertThat(view.jsonPath().getString("recentModeChanges[0].to")).isEqualTo("service");
        assertThat(view.jsonPath().getString("recentModeChanges[0].actor"))
                .isEqualTo(TestTokens.upnOf(Role.LAB_ADMINISTRATOR));
        assertProblem(
                TracSeqServer.requestAs(Role.PRINCIPAL_INVESTIGATOR)
                        .body("{\"mode\":\"monolith\"}")
                        .put("/api/admin/routes/migrating/mode")
                        .andReturn(),
                403);
        assertProblem(
                TracSeqServer.requestAs(Role.LAB_ADMINISTRATOR)
                        .body("{\"mode\":\"split:150\"}")
                        .put("/api/admin/routes/migrating/mode")
                        .andReturn(),
                400);
        assertProblem(
                TracSeqServer.requestAs(Role.LAB_ADMINISTRATOR)
                        .body("{\"mode\":\"monolith\"}")
                        .put("/api/admin/routes/twosamples/mode")
                        .andReturn(),
                409);
    }

    private static Response setMode(String adminToken, String mode) {
        Response response = TracSeqServer.request()
                .header("Authorization", "Bearer " + adminToken)
                .body("{\"mode\":\"" + mode + "\"}")
                .put("/api/admin/routes/migrating/mode")
                .andReturn();
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response;
    }

    @Test
    @Order(6) // last: it leaves instance A down (restarting it would cost half a minute)
    void anInstanceCrashingUnderLoadCostsNoGet() throws Exception {
        try (Load load = new Load(8, thread -> get("/api/twosamples/?size=1").statusCode())) {
            load.awaitEach(10);
            a.kill();
            load.awaitEach(40);
            assertThat(load.statuses()).hasSizeGreaterThanOrEqualTo(400).containsOnly(200);
        }
        assertThat(instances("twosamples")).anySatisfy(instance -> {
            assertThat(instance.get("url").toString()).contains(":" + PORT_A);
            assertThat(instance.get("status")).isEqualTo("DOWN");
        });
    }

    @Test
    @Order(4)
    void aSlowInstanceIsTimedOutRetriedElsewhereAndEjected() {
        slowB.delay(8000); // beyond the IT server's read timeout (3 s) and health-check timeout (5 s)
        try {
            for (int i = 0; i < 12; i++) {
                assertThat(get("/api/twosamples/?size=1").statusCode()).isEqualTo(200);
            }
            assertThat(instances("twosamples")).anySatisfy(instance -> {
                assertThat(instance.get("url").toString()).contains(":" + PORT_SLOW_B);
                assertThat(instance.get("gateway")).isIn("ejected", "failing-checks");
            });
            long start = System.nanoTime();
            assertThat(get("/api/twosamples/?size=1").statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("the slow instance is skipped")
                    .isLessThan(Duration.ofSeconds(3));
        } finally {
            slowB.delay(0);
        }
        awaitBothAvailable();
    }

    @Test
    @Order(0)
    void theGatewaysRequestIdReachesTheInstance() {
        String requestId = get("/api/twosamples/?size=1").header("X-Request-Id");
        assertThat(requestId).isNotBlank();
        Path logs = Path.of("target", "extra-servers", "servers");
        await("request id in an instance's access log")
                .atMost(Duration.ofSeconds(20))
                .until(() -> Stream.of("samples-a", "samples-b")
                        .map(name -> logs.resolve(name).resolve("logs/access.log"))
                        .filter(Files::exists)
                        .anyMatch(log -> read(log).contains("rid=" + requestId)));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @Order(2)
    void eachRouteTakesThePolicyDeclaredOnceAndADeclaredRouteItsOwnValues() {
        // unreachable: configuration alone, the policy's values (two retries). storage: declared in
        // a line of its own, and the IT server sets its Retry/maxRetries to 0.
        double unreachableRetries = metric("tracseq_gateway_retries_total", "route=\"unreachable\"");
        double storageRetries = metric("tracseq_gateway_retries_total", "route=\"storage\"");
        for (String route : List.of("unreachable", "storage")) {
            Response refused = assertProblem(get("/api/" + route + "/"), 503);
            assertThat(refused.jsonPath().getString("detail")).contains(route + " service is unreachable");
        }
        assertThat(metric("tracseq_gateway_retries_total", "route=\"unreachable\""))
                .isEqualTo(unreachableRetries + 2);
        assertThat(metric("tracseq_gateway_retries_total", "route=\"storage\"")).isEqualTo(storageRetries);
    }

    @Test
    @Order(3)
    void aRouteOfConfigurationAloneHasABreakerOfItsOwn() {
        await("unreachable breaker open").atMost(Duration.ofSeconds(60)).until(() -> {
            Response refused = get("/api/unreachable/");
            return refused.statusCode() == 503 && refused.asString().contains("circuit breaker is open");
        });
        for (String other : List.of("twosamples", "migrating")) {
            assertThat(get("/api/" + other + "/?size=1").statusCode())
                    .as(other + "'s breaker, also a route of configuration alone")
                    .isEqualTo(200);
        }
        assertThat(metric("tracseq_gateway_policy_refusals_total", "route=\"unreachable\"", "reason=\"breaker_open\""))
                .isPositive();
        assertThat(metric("tracseq_gateway_policy_refusals_total", "route=\"twosamples\""))
                .isZero();
    }

    /** The sum of an application metric's series carrying every one of {@code tags}; 0 when there is none. */
    private static double metric(String name, String... tags) {
        return RestAssured.get(TracSeqServer.managementUrl() + "/metrics?scope=application")
                .asString()
                .lines()
                .filter(line -> line.startsWith(name + "{") && Stream.of(tags).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    @Order(1)
    void aFailingServicesBreakerOpensWithoutTouchingOtherRoutesAndClosesWhenItIsBack() throws Exception {
        samplesRoute = new Link(PORT_SAMPLES_ROUTE, PORT_A);
        samplesRoute.cut(true);
        await("samples breaker open").atMost(Duration.ofSeconds(60)).until(() -> {
            Response refused = get("/api/samples/");
            return refused.statusCode() == 503 && refused.asString().contains("circuit breaker is open");
        });
        Response open = assertProblem(get("/api/samples/"), 503);
        assertThat(open.header("Retry-After")).isNotBlank();
        assertThat(get("/api/twosamples/?size=1").statusCode())
                .as("another route's breaker")
                .isEqualTo(200);
        assertThat(metric("tracseq_gateway_policy_refusals_total", "route=\"samples\"", "reason=\"breaker_open\""))
                .isPositive();

        samplesRoute.cut(false);
        await("samples breaker half-open, then closed")
                .atMost(Duration.ofSeconds(60))
                .until(() -> get("/api/samples/?size=1").statusCode() == 200);
        samplesRoute.cut(true);
    }
}
