package org.tracseq.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

    @Test
    void unsupportedMethodOnHealthIsAProblem() {
        assertProblem(TracSeqServer.request().delete("/api/health").andReturn(), 405);
    }
}
