package org.tracseq.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.ExtraServer;
import org.tracseq.platform.testing.PrivateRedis;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Two further gateway servers sharing a {@link PrivateRedis}, routing {@code /api/probe/ready} to
 * the IT server's own readiness endpoint (a real upstream that is always up): rate limits hold
 * exactly across both, and Redis crashing and coming back under load costs no request.
 */
class TwoGatewaysIT {
    private static final int WRITE_LIMIT = 30;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static PrivateRedis redis;
    private static List<ExtraServer> gateways;

    @BeforeAll
    static void start() throws Exception {
        TracSeqServer.awaitReady();
        redis = new PrivateRedis();
        Map<String, String> settings = Map.of(
                "mp.jwt.verify.publickey.location",
                System.getProperty("its.verification.keys"),
                "tracseq.redis.url",
                redis.url(),
                "tracseq.routes",
                "probe",
                "tracseq.route.probe.url",
                TracSeqServer.managementUrl() + "/health",
                "tracseq.ratelimit.write.requests",
                Integer.toString(WRITE_LIMIT),
                "tracseq.ratelimit.redis-retry-ms",
                "200");
        ExecutorService starting = Executors.newFixedThreadPool(2);
        List<Callable<ExtraServer>> starts = List.of(
                () -> ExtraServer.start(
                        "gateway-1", "gateway-war", "gateway", Integer.getInteger("its.gateway1.port"), settings),
                () -> ExtraServer.start(
                        "gateway-2", "gateway-war", "gateway", Integer.getInteger("its.gateway2.port"), settings));
        gateways = starting.invokeAll(starts).stream().map(TwoGatewaysIT::get).toList();
        starting.shutdown();
    }

    @AfterAll
    static void stop() throws Exception {
        if (gateways != null) {
            gateways.forEach(ExtraServer::stop);
        }
        if (redis != null) {
            redis.close();
        }
    }

    private static int send(ExtraServer gateway, String method, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.rootUrl() + "/api/probe/ready"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    void aLimitHoldsExactlyAcrossBothGateways() throws Exception {
        String token = TestTokens.of(Role.LAB_TECHNICIAN);
        int requests = WRITE_LIMIT * 3;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        List<Callable<Integer>> calls = IntStream.range(0, requests)
                .<Callable<Integer>>mapToObj(i -> () -> {
                    go.await();
                    return send(gateways.get(i % 2), "POST", token);
                })
                .toList();
        var answers = calls.stream().map(clients::submit).toList();
        go.countDown();
        List<Integer> statuses = answers.stream().map(TwoGatewaysIT::get).toList();
        clients.shutdown();
        assertThat(statuses).doesNotContain(-1);
        assertThat(statuses).filteredOn(status -> status != 429).hasSize(WRITE_LIMIT);
    }

    @Test
    void redisCrashingAndComingBackUnderLoadCostsNoRequest() throws Exception {
        List<String> tokens = IntStream.range(0, 4)
                .mapToObj(client -> TestTokens.of(Role.GUEST))
                .toList();
        try (Load load = new Load(4, client -> send(gateways.get(client % 2), "GET", tokens.get(client)))) {
            load.awaitEach(12);
            redis.kill();
            load.awaitEach(25);
            assertThat(store(gateways.get(0))).isEqualTo("local");
            assertThat(store(gateways.get(1))).isEqualTo("local");

            redis.start();
            await("back on Redis")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> "redis".equals(store(gateways.get(0))) && "redis".equals(store(gateways.get(1))));
            load.awaitEach(12);
            assertThat(load.statuses()).hasSizeGreaterThanOrEqualTo(200).containsOnly(200);
        }
    }

    /** Where the gateway keeps its rate limits now, from its readiness report. */
    private static String store(ExtraServer gateway) {
        List<Map<String, Object>> checks = JsonPath.from(
                        RestAssured.get(gateway.rootUrl() + "/health/ready").asString())
                .getList("checks");
        return checks.stream()
                .filter(check -> "gateway-rate-limits".equals(check.get("name")))
                .map(check -> String.valueOf(((Map<?, ?>) check.get("data")).get("store")))
                .findFirst()
                .orElseThrow();
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
