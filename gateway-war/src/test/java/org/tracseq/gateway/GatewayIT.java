package org.tracseq.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.response.Response;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The gateway alone, its services not running: every refusal is a problem, health says who is
 * down, and request ids are kept or created. (Routing to live services is the all-in-one system test.)
 */
@MicroShedTest
class GatewayIT {

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void unknownApiIsANotFoundProblem() {
        assertProblem(
                TracSeqServer.requestAs(Role.GUEST)
                        .get("/api/no-such-service/x")
                        .andReturn(),
                404);
    }

    @Test
    void unreachableServiceIsAnUnavailableProblemWithRetryAfter() {
        Response response = TracSeqServer.requestAs(Role.GUEST)
                .body("{}")
                .post("/api/samples")
                .andReturn();
        assertProblem(response, 503);
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(response.jsonPath().getString("detail")).contains("samples");
    }

    @Test
    void healthReportsEveryServiceAndIsDownWhenOneIs() {
        Response response = TracSeqServer.request().get("/api/health").andReturn();
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.jsonPath().getString("status")).isEqualTo("DOWN");
        assertThat(response.jsonPath().getString("services.samples.status")).isEqualTo("DOWN");
        assertThat(response.jsonPath().getString("services.barcodes.status")).isEqualTo("DOWN");
    }

    @Test
    void keepsASaneRequestIdAndReplacesAnInsaneOne() {
        assertThat(TracSeqServer.request()
                        .header("X-Request-Id", "trace-123")
                        .get("/api/health")
                        .header("X-Request-Id"))
                .isEqualTo("trace-123");
        assertThat(TracSeqServer.request()
                        .header("X-Request-Id", "<script>")
                        .get("/api/health")
                        .header("X-Request-Id"))
                .isNotEqualTo("<script>")
                .hasSize(36);
    }

    @Test
    void everyAnswerCarriesItsRequestId() {
        // The proxy filter's own refusal, a JAX-RS resource and a path nothing serves alike.
        for (String path : List.of("/api/samples/x", "/api/health", "/no/such/page")) {
            assertThat(TracSeqServer.request()
                            .header("X-Request-Id", "trace-456")
                            .get(path)
                            .header("X-Request-Id"))
                    .as(path)
                    .isEqualTo("trace-456");
        }
    }

    @ParameterizedTest
    @MethodSource("badModeBodies")
    void aModeChangeWithABadBodyIsABadRequestThatChangesNothing(String body, String says) {
        List<Object> before = modesAndChanges();
        Response refused = TracSeqServer.requestAs(Role.LAB_ADMINISTRATOR)
                .body(body)
                .put("/api/admin/routes/migrating/mode")
                .andReturn();
        assertThat(assertProblem(refused, 400).jsonPath().getString("detail")).contains(says);
        assertThat(modesAndChanges()).isEqualTo(before);
    }

    /** What a mode change would change; instances' health states move on their own meanwhile. */
    private static List<Object> modesAndChanges() {
        var view = TracSeqServer.requestAs(Role.LAB_ADMINISTRATOR)
                .get("/api/admin/routes")
                .jsonPath();
        return List.of(view.getList("routes.mode"), view.getList("recentModeChanges"));
    }

    static Stream<Arguments> badModeBodies() {
        return Stream.of(
                Arguments.of("[]", "not an array"),
                Arguments.of("[".repeat(1000) + "]".repeat(1000), "not an array"),
                Arguments.of("{\"mode\":".repeat(1000) + "\"service\"" + "}".repeat(1000), "not an object"),
                Arguments.of("{\"mode\": \"service\"", "not valid JSON"),
                Arguments.of("{\"mode\": 1}", "not a number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"mode\": \"monolith\"}", "[]"})
    void aModeChangeOfAnUnknownRouteIsNotFoundWhateverItsBody(String body) {
        assertProblem(
                TracSeqServer.requestAs(Role.LAB_ADMINISTRATOR)
                        .body(body)
                        .put("/api/admin/routes/x/mode")
                        .andReturn(),
                404);
    }

    @Test
    void unsupportedMethodOnHealthIsAProblem() {
        assertProblem(TracSeqServer.request().delete("/api/health").andReturn(), 405);
    }
}
