package org.tracseq.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 * reachable, without touching another route.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayInstancesIT {
    private static final int PORT_A = Integer.getInteger("its.samples.a.port");
    private static final int PORT_B = Integer.getInteger("its.samples.b.port");
    private static final int PORT_SLOW_B = Integer.getInteger("its.samples.slow-b.port");
    private static final int PORT_SAMPLES_ROUTE = Integer.getInteger("its.samples.route.port");
    private static final Map<String, String> SAMPLES_SETTINGS = Map.of(
            "mp.jwt.verify.publickey.location", System.getProperty("its.verification.keys"),
            "tracseq.barcodes.url", "http://localhost:1");

    private static ExtraServer a;
    private static ExtraServer b;
    private static Link slowB;
    private static Link samplesRoute;
    private static final String TOKEN = TestTokens.of(Role.LAB_TECHNICIAN);

    @BeforeAll
    static void startInstances() throws Exception {
        TracSeqServer.awaitReady();
        ExecutorService starting = Executors.newFixedThreadPool(2);
        var startA = starting.submit(() -> ExtraServer.start("samples-a", "services/samples", "samples", PORT_A,
                SAMPLES_SETTINGS));
        var startB = starting.submit(() -> ExtraServer.start("samples-b", "services/samples", "samples", PORT_B,
                SAMPLES_SETTINGS));
        starting.shutdown();
        a = startA.get();
        b = startB.get();
        slowB = new Link(PORT_SLOW_B, PORT_B);
        awaitBothAvailable();
    }

    @AfterAll
    static void stopInstances() throws Exception {
        for (Link link : new Link[] {slowB, samplesRoute}) {
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
        return TracSeqServer.request().header("Authorization", "Bearer " + TOKEN).get(path).andReturn();
    }

    private static List<Map<String, Object>> instances(String route) {
        return JsonPath.from(TracSeqServer.request().get("/api/health").asString())
                .getList("services." + route + ".instances");
    }

    private static void awaitBothAvailable() {
        await("both instances available").atMost(Duration.ofSeconds(30))
                .until(() -> instances("twosamples").stream()
                        .allMatch(i -> "UP".equals(i.get("status")) && "available".equals(i.get("gateway"))));
    }

    @Test
    @Order(3) // last: it leaves instance A down (restarting it would cost half a minute)
    void anInstanceCrashingUnderLoadCostsNoGet() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger done = new AtomicInteger();
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        ExecutorService load = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            load.submit(() -> {
                while (running.get()) {
                    statuses.add(get("/api/twosamples/?size=1").statusCode());
                    done.incrementAndGet();
                }
            });
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> done.get() >= 100);
        a.kill();
        int atCrash = done.get();
        await().atMost(Duration.ofSeconds(60)).until(() -> done.get() >= atCrash + 300);
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(statuses).hasSizeGreaterThanOrEqualTo(400).containsOnly(200);
        assertThat(instances("twosamples")).anySatisfy(instance -> {
            assertThat(instance.get("url").toString()).contains(":" + PORT_A);
            assertThat(instance.get("status")).isEqualTo("DOWN");
        });
    }

    @Test
    @Order(2)
    void aSlowInstanceIsTimedOutRetriedElsewhereAndEjected() {
        slowB.delay(3000);
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
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the slow instance is skipped")
                    .isLessThan(Duration.ofMillis(900));
        } finally {
            slowB.delay(0);
        }
        awaitBothAvailable();
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
        assertThat(get("/api/twosamples/?size=1").statusCode()).as("another route's breaker").isEqualTo(200);

        samplesRoute.cut(false);
        await("samples breaker half-open, then closed").atMost(Duration.ofSeconds(60))
                .until(() -> get("/api/samples/?size=1").statusCode() == 200);
        samplesRoute.cut(true);
    }
}
