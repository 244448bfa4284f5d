package org.tracseq.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The route {@code erring} leads to an HTTP server in this JVM that answers as a test tells it:
 * 200, 500 (a bug in the service, which any caller can trigger at will) or not at all (the instance
 * is gone). Upstream 500s, and callers hanging up halfway through a body, leave the route's
 * breaker closed and its instance in use (the 500s are passed on, logged and counted); connections
 * to the instance that fail still open the breaker. Methods no service serves
 * never reach one. Every answer, proxied or the gateway's own, carries its request id and
 * {@code X-Content-Type-Options: nosniff} exactly once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayUpstreamErrorsIT {
    private static final String ROUTE = "/api/erring/";
    private static final Path GATEWAY_LOG =
            Path.of("target", "liberty-usr", "servers", "gateway", "logs", "messages.log");

    private enum Behaviour {
        OK,
        BUG,
        GONE
    }

    private static volatile Behaviour behaviour = Behaviour.OK;
    private static final AtomicInteger received = new AtomicInteger();
    private static HttpServer upstream;
    private static ExecutorService upstreamThreads;

    @BeforeAll
    static void start() throws IOException {
        TracSeqServer.awaitReady();
        upstream = HttpServer.create(new InetSocketAddress("localhost", Integer.getInteger("its.erring.port")), 16);
        upstreamThreads = Executors.newFixedThreadPool(4);
        upstream.setExecutor(upstreamThreads);
        upstream.createContext("/health/ready", exchange -> answer(exchange, 200, "{\"status\":\"UP\"}"));
        upstream.createContext("/erring/", exchange -> {
            received.incrementAndGet();
            switch (behaviour) {
                case OK -> answer(exchange, 200, "{\"answered\":true}");
                case BUG -> answer(exchange, 500, "{\"title\":\"Internal error\",\"status\":500}");
                case GONE -> exchange.close(); // no answer at all: the connection is dropped
            }
        });
        upstream.start();
        await("erring instance available")
                .atMost(Duration.ofSeconds(30))
                .until(() -> "available".equals(instanceState()));
    }

    @AfterAll
    static void stop() {
        upstream.stop(0);
        upstreamThreads.shutdownNow();
    }

    /** Answers as a TracSeq service does: its request id echoed, nosniff set. */
    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
        if (requestId != null) { // the gateway's health checks send none
            exchange.getResponseHeaders().add("X-Request-Id", requestId);
        }
        exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    private static String instanceState() {
        List<Map<String, Object>> instances = JsonPath.from(
                        TracSeqServer.request().get("/api/health").asString())
                .getList("services.erring.instances");
        return instances == null || instances.isEmpty()
                ? null
                : instances.get(0).get("gateway").toString();
    }

    private static Response get(String requestId) {
        return TracSeqServer.requestAs(Role.GUEST)
                .header("X-Request-Id", requestId)
                .get(ROUTE)
                .andReturn();
    }

    @Test
    @Order(1)
    void upstream500sArePassedOnLoggedAndCountedAndLeaveTheBreakerClosed() {
        double errorsBefore = metric("tracseq_gateway_upstream_errors_total", "route=\"erring\"");
        int receivedBefore = received.get();
        behaviour = Behaviour.BUG;
        List<String> requestIds = new ArrayList<>();
        for (int i = 0; i < 30; i++) { // more than the breaker's window of 20 calls
            String requestId = "bug-" + UUID.randomUUID();
            requestIds.add(requestId);
            Response response = get(requestId);
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(500);
            assertThat(response.jsonPath().getString("title")).isEqualTo("Internal error");
        }
        assertThat(received.get() - receivedBefore)
                .as("each sent once, none retried")
                .isEqualTo(30);
        assertThat(metric("tracseq_gateway_upstream_errors_total", "route=\"erring\""))
                .isEqualTo(errorsBefore + 30);
        assertThat(instanceState()).as("not ejected").isEqualTo("available");
        await("the 500s in the gateway's log with their request ids")
                .atMost(Duration.ofSeconds(10))
                .until(() -> read(GATEWAY_LOG).contains("[rid=" + requestIds.get(29) + "]"));

        behaviour = Behaviour.OK;
        assertThat(get("after-bugs").statusCode())
                .as("the breaker stayed closed")
                .isEqualTo(200);
    }

    @Test
    @Order(2)
    void instancesThatCannotBeReachedStillOpenTheBreaker() {
        behaviour = Behaviour.GONE;
        try {
            await("erring breaker open").atMost(Duration.ofSeconds(60)).until(() -> {
                Response refused = get("gone-" + UUID.randomUUID());
                return refused.statusCode() == 503 && refused.asString().contains("circuit breaker is open");
            });
        } finally {
            behaviour = Behaviour.OK;
        }
        await("erring breaker closed again")
                .atMost(Duration.ofSeconds(60))
                .until(() -> get("back-" + UUID.randomUUID()).statusCode() == 200);
        await("erring instance back in use after its ejection")
                .atMost(Duration.ofSeconds(30))
                .until(() -> "available".equals(instanceState()));
    }

    @Test
    @Order(3)
    void callersHangingUpMidBodyAreRefusedAsTheirsNotTheRoutesFailure() throws IOException {
        URI root = URI.create(TracSeqServer.rootUrl());
        for (int i = 0; i < 25; i++) { // more than the breaker's window of 20 calls
            try (Socket socket = new Socket(root.getHost(), root.getPort())) {
                socket.setSoTimeout(10_000);
                // A GET, so the write rate limit does not stop it first; chunked, so it streams through.
                socket.getOutputStream()
                        .write(("GET " + ROUTE + " HTTP/1.1\r\nHost: " + root.getAuthority()
                                        + "\r\nAuthorization: Bearer " + TestTokens.of(Role.GUEST)
                                        + "\r\nTransfer-Encoding: chunked\r\n\r\n100\r\nonly a few bytes of 256")
                                .getBytes(StandardCharsets.US_ASCII));
                socket.shutdownOutput(); // the body breaks off; the answer can still be read
                String statusLine = new BufferedReader(
                                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
                assertThat(statusLine).as("the caller's fault").startsWith("HTTP/1.1 400");
            }
        }
        assertThat(get("after-hang-ups").statusCode())
                .as("the breaker stayed closed")
                .isEqualTo(200);
        assertThat(instanceState()).as("not ejected").isEqualTo("available");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRACE", "PROPFIND", "BREW"})
    @Order(4)
    void methodsNoServiceServesAreRefusedByTheGatewayWithAllow(String method) {
        int receivedBefore = received.get();
        for (var request : List.of(TracSeqServer.request(), TracSeqServer.requestAs(Role.GUEST))) {
            Response refused = assertProblem(request.request(method, ROUTE).andReturn(), 405);
            assertThat(refused.header("Allow")).contains("GET", "POST", "PATCH", "DELETE");
        }
        assertThat(received.get()).as("nothing forwarded").isEqualTo(receivedBefore);
    }

    @Test
    @Order(4)
    void connectIsRefusedByTheGatewayToo() throws IOException {
        int receivedBefore = received.get();
        List<String> head = rawExchange("CONNECT " + ROUTE + " HTTP/1.1");
        assertThat(head.get(0)).startsWith("HTTP/1.1 405");
        assertThat(head).anyMatch(line -> line.regionMatches(true, 0, "Allow:", 0, 6));
        assertThat(received.get()).isEqualTo(receivedBefore);
    }

    @Test
    @Order(5)
    void aProxiedAnswerCarriesItsRequestIdAndNosniffOnce() {
        for (Behaviour answering : List.of(Behaviour.OK, Behaviour.BUG)) {
            behaviour = answering;
            try {
                Response response = get("once-" + answering);
                assertThat(response.statusCode()).isIn(200, 500);
                assertThat(response.headers().getValues("X-Request-Id")).containsExactly("once-" + answering);
                assertThat(response.headers().getValues("X-Content-Type-Options"))
                        .containsExactly("nosniff");
            } finally {
                behaviour = Behaviour.OK;
            }
        }
    }

    @Test
    @Order(6)
    void theGatewaysOwnAnswersCarryTheirRequestIdAndNosniffOnce() {
        List<Response> answers = List.of(
                TracSeqServer.request().get(ROUTE).andReturn(), // 401
                TracSeqServer.requestAs(Role.GUEST).get("/api/no-such-route/").andReturn(), // 404
                TracSeqServer.request().request("TRACE", ROUTE).andReturn(), // 405
                TracSeqServer.requestAs(Role.GUEST).get("/api/unreachable/").andReturn(), // 503
                TracSeqServer.request().get("/api/health").andReturn(), // JAX-RS
                TracSeqServer.requestAs(Role.LAB_ADMINISTRATOR)
                        .get("/api/admin/routes")
                        .andReturn(),
                TracSeqServer.request().get("/no/such/page").andReturn());
        for (Response answer : answers) {
            assertThat(answer.headers().getValues("X-Request-Id")).hasSize(1);
            assertThat(answer.headers().getValues("X-Content-Type-Options"))
                    .as("status %d", answer.statusCode())
                    .containsExactly("nosniff");
        }
        assertThat(RestAssured.get(URI.create(TracSeqServer.managementUrl() + "/metrics"))
                        .headers()
                        .getValues("X-Content-Type-Options"))
                .as("Liberty's own endpoints too")
                .containsExactly("nosniff");
        assertThat(answers.get(0).header("Connection"))
                .as("a 401 keeps the connection")
                .isNull();
    }

    /** Sends a bare request line and returns the answer's status line and headers. */
    private static List<String> rawExchange(String requestLine) throws IOException {
        URI root = URI.create(TracSeqServer.rootUrl());
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write((requestLine + "\r\nHost: " + root.getAuthority() + "\r\nContent-Length: 0\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> head = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.add(line);
            }
            return head;
        }
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

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
