package org.tracseq.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracseq.platform.security.RevocationList;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;
import redis.clients.jedis.RedisClient;

/**
 * The gateway alone, its services not running: a refused token is a 401 before any routing (the
 * 503 of a down service proves a request was routed), revoked sessions are refused from Redis at
 * once, and CORS follows configuration.
 */
class GatewaySecurityIT {
    private static final String ORIGIN = System.getProperty("its.cors.origin");

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @ParameterizedTest
    @ValueSource(strings = {"samples", "barcodes", "auth/users", "auth/me", "no-such-service/x"})
    void withoutATokenNothingIsRouted(String path) {
        assertProblem(TracSeqServer.request().get("/api/" + path).andReturn(), 401);
        assertProblem(TracSeqServer.request().body("{}").post("/api/" + path).andReturn(), 401);
    }

    @Test
    void everyKindOfBadTokenIsRefusedBeforeRouting() {
        TestTokens.invalid().forEach((what, token) -> {
            Response response = TracSeqServer.request()
                    .header("Authorization", "Bearer " + token)
                    .body("{}")
                    .post("/api/samples")
                    .andReturn();
            assertThat(assertProblem(response, 401).header("WWW-Authenticate"))
                    .as(what)
                    .startsWith("Bearer");
        });
        Response basic = TracSeqServer.request()
                .header("Authorization", "Basic YWRtaW46YWRtaW4=")
                .get("/api/samples")
                .andReturn();
        assertProblem(basic, 401);
    }

    @Test
    void aValidTokenIsRoutedAndTheServicesJudgeTheRole() {
        // The lowest role: the gateway checks who is calling, the services check what they may do.
        Response response =
                TracSeqServer.requestAs(Role.GUEST).get("/api/samples").andReturn();
        assertProblem(response, 503);
        assertThat(response.jsonPath().getString("detail")).contains("samples");
        assertProblem(
                TracSeqServer.requestAs(Role.GUEST)
                        .get("/api/no-such-service/x")
                        .andReturn(),
                404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth/login", "auth/refresh", "auth/token/api-key", "auth/setup"})
    void gettingATokenNeedsNone(String path) {
        assertProblem(TracSeqServer.request().body("{}").post("/api/" + path).andReturn(), 503);
    }

    @Test
    void healthNeedsNoToken() {
        assertThat(TracSeqServer.request().get("/api/health").statusCode()).isEqualTo(503);
    }

    @Test
    void anOpenPathDoesNotOpenWhatIsBelowIt() {
        assertProblem(
                TracSeqServer.request().body("{}").post("/api/auth/login/x").andReturn(), 401);
        assertProblem(
                TracSeqServer.request().body("{}").post("/api/auth/login/").andReturn(), 401);
        assertProblem(
                TracSeqServer.request()
                        .urlEncodingEnabled(false)
                        .body("{}")
                        .post("/api/auth/log%69n")
                        .andReturn(),
                401);
    }

    @Test
    void aRevokedSessionIsRefusedAtOnce() {
        String session = UUID.randomUUID().toString();
        String token = TestTokens.ofSession(Role.LAB_ADMINISTRATOR, session);
        assertProblem(
                TracSeqServer.request()
                        .header("Authorization", "Bearer " + token)
                        .get("/api/samples")
                        .andReturn(),
                503);
        try (RedisClient redis = RedisClient.create("127.0.0.1", 6379)) {
            redis.setex(RevocationList.SESSION_KEY + session, 60, "1");
        }
        Response refused = TracSeqServer.request()
                .header("Authorization", "Bearer " + token)
                .get("/api/samples")
                .andReturn();
        assertThat(assertProblem(refused, 401).jsonPath().getString("detail")).contains("revoked");
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() {
        Response response = TracSeqServer.request()
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                .options("/api/samples")
                .andReturn();
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
        assertThat(response.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(response.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void otherOriginsMethodsAndHeadersAreRefused() {
        assertProblem(
                TracSeqServer.request()
                        .header("Origin", "https://evil.example")
                        .header("Access-Control-Request-Method", "GET")
                        .options("/api/samples")
                        .andReturn(),
                403);
        assertProblem(
                TracSeqServer.request()
                        .header("Origin", ORIGIN)
                        .header("Access-Control-Request-Method", "TRACE")
                        .options("/api/samples")
                        .andReturn(),
                403);
        assertProblem(
                TracSeqServer.request()
                        .header("Origin", ORIGIN)
                        .header("Access-Control-Request-Method", "GET")
                        .header("Access-Control-Request-Headers", "x-internal-admin")
                        .options("/api/samples")
                        .andReturn(),
                403);
        Response foreign = TracSeqServer.request()
                .header("Origin", "https://evil.example")
                .get("/api/health")
                .andReturn();
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void anActualRequestFromAnAllowedOriginMayReadTheAnswer() {
        Response response = TracSeqServer.request()
                .header("Origin", ORIGIN)
                .get("/api/samples")
                .andReturn();
        assertProblem(response, 401);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(ORIGIN);
        assertThat(response.header("Vary")).contains("Origin");
        assertThat(response.header("Access-Control-Expose-Headers")).contains("X-Request-Id");
    }
}
