package org.tracseq.platform.testing.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.client.RestClients;

/**
 * A stand-in for the barcodes service that answers {@code GET /barcodes/validate} right or wrong, as
 * the query asks, called the ways the integration tests call services: RestAssured (with the
 * filter every test JVM installs, {@link CheckEveryResponse}) and a MicroProfile Rest Client built
 * by {@link RestClients}. A wrong answer must fail the call that received it.
 */
class WireContractTest {
    private static final String VERDICT = "{\"barcode\": \"TS-1\", \"valid\": false, \"problems\": [\"too short\"]}";

    /** What the stand-in answers for {@code ?barcode=<key>}: status, content type, body. */
    private static final Map<String, Answer> ANSWERS = Map.of(
            "right", new Answer(200, "application/json", VERDICT),
            "wrong-type", new Answer(200, "application/json", VERDICT.replace("false", "\"no\"")),
            "missing-field", new Answer(200, "application/json", "{\"barcode\": \"TS-1\", \"valid\": false}"),
            "undeclared-field", new Answer(200, "application/json", VERDICT.replace("}", ", \"colour\": \"red\"}")),
            "undeclared-status", new Answer(418, "application/problem+json", problem(418)),
            "wrong-media-type", new Answer(400, "text/plain", "no"),
            "declared-problem", new Answer(400, "application/problem+json", problem(400)));

    private static HttpServer standIn;

    record Answer(int status, String contentType, String body) {}

    @Path("/barcodes")
    public interface Validation {
        @GET
        @Path("/validate")
        @Produces("application/json")
        String validate(@QueryParam("barcode") String barcode);
    }

    @BeforeAll
    static void start() throws IOException {
        standIn = HttpServer.create(new InetSocketAddress("localhost", 0), 8);
        standIn.createContext("/", WireContractTest::answer);
        standIn.start();
    }

    @AfterAll
    static void stop() {
        standIn.stop(0);
    }

    @Test
    void aResponseThatKeepsItsContractPasses() {
        assertThat(get("right").statusCode()).isEqualTo(200);
        assertThat(get("declared-problem").statusCode()).isEqualTo(400);
        assertThat(client().validate("right")).contains("\"valid\": false");
    }

    @Test
    void aFieldOfTheWrongTypeFailsTheTestThatReceivedIt() {
        assertThatThrownBy(() -> get("wrong-type"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /validate")
                .hasMessageContaining("[Path '/valid']")
                .hasMessageContaining("\"no\"");
    }

    @Test
    void aGeneratedClientIsCheckedToo() {
        assertThatThrownBy(() -> client().validate("wrong-type")).hasStackTraceContaining("breaks its contract");
    }

    @Test
    void aMissingRequiredFieldAnUndeclaredFieldAStatusOrAMediaTypeFails() {
        assertThatThrownBy(() -> get("missing-field")).hasMessageContaining("problems");
        assertThatThrownBy(() -> get("undeclared-field")).hasMessageContaining("colour");
        assertThatThrownBy(() -> get("undeclared-status")).hasMessageContaining("418");
        assertThatThrownBy(() -> get("wrong-media-type")).hasMessageContaining("text/plain");
    }

    @Test
    void pathsFindTheirContract() {
        assertThat(WireContract.route("/barcodes/TS-1/claim"))
                .contains(new WireContract.Target("barcodes", "/TS-1/claim"));
        assertThat(WireContract.route("/api/samples/")).contains(new WireContract.Target("samples", "/"));
        assertThat(WireContract.route("/api/samples")).contains(new WireContract.Target("samples", "/"));
        assertThat(WireContract.route("/health/ready")).isEmpty();
        assertThat(WireContract.route("/api/admin/routes"))
                .contains(new WireContract.Target("gateway", "/api/admin/routes"));
        assertThat(WireContract.route("/api/no-such-service/x"))
                .as("the gateway's own 404")
                .isEmpty();
        assertThatThrownBy(() -> WireContract.route("/no-such-service/x"))
                .hasMessageContaining("No contract")
                .hasMessageContaining("/no-such-service/x");
    }

    private static io.restassured.response.Response get(String answer) {
        return RestAssured.given()
                .baseUri("http://localhost:" + standIn.getAddress().getPort())
                .queryParam("barcode", answer)
                .get("/barcodes/validate")
                .andReturn();
    }

    private static Validation client() {
        return RestClients.create(
                Validation.class,
                "http://localhost:" + standIn.getAddress().getPort(),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5));
    }

    private static String problem(int status) {
        return "{\"type\": \"https://tracseq.org/problems/x\", \"title\": \"X\", \"status\": " + status
                + ", \"detail\": \"x\"}";
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestURI().getQuery().replaceFirst("^barcode=", "");
        Answer answer = ANSWERS.get(key);
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
