package org.tracseq.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.Concurrently;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Rate limits through the gateway, per caller and route class, with the IT server's write limit
 * ({@code its.write.limit} per minute): exact under concurrency, 429 problems with Retry-After,
 * and RateLimit-* headers on every counted answer.
 */
class GatewayRateLimitIT {
    private static final int WRITE_LIMIT = Integer.getInteger("its.write.limit");

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void aBurstOfWritesAdmitsExactlyTheLimit() {
        String token = TestTokens.of(Role.LAB_TECHNICIAN);
        List<Integer> statuses = Concurrently.post(WRITE_LIMIT + 15, token, i -> "/api/samples", i -> "{}").stream()
                .map(Concurrently.Answer::status)
                .toList();
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(15);
        assertThat(statuses).filteredOn(status -> status != 429).hasSize(WRITE_LIMIT);

        Response refused = TracSeqServer.request()
                .header("Authorization", "Bearer " + token)
                .body("{}")
                .post("/api/samples")
                .andReturn();
        assertProblem(refused, 429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.header("RateLimit-Limit")).isEqualTo(Integer.toString(WRITE_LIMIT));
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");

        String metrics = RestAssured.get(TracSeqServer.managementUrl() + "/metrics?scope=application")
                .asString();
        assertThat(metrics)
                .containsPattern("(?m)^tracseq_gateway_rate_limited_total\\{[^}]*class=\"write\"[^}]*} [1-9]");
        assertThat(metrics)
                .containsPattern("(?m)^tracseq_gateway_requests_total\\{[^}]*route=\"samples\"[^}]*status=\"4xx\"");
        assertThat(metrics).containsPattern("(?m)^tracseq_gateway_request_duration_seconds");
        assertThat(metrics).containsPattern("(?m)^tracseq_gateway_ratelimit_shared\\{[^}]*} 1");
    }

    @Test
    void readsAndEveryOtherCallerHaveTheirOwnLimits() {
        String token = TestTokens.of(Role.GUEST);
        Response read = TracSeqServer.request()
                .header("Authorization", "Bearer " + token)
                .get("/api/samples")
                .andReturn();
        assertThat(read.statusCode()).isNotEqualTo(429);
        assertThat(Long.parseLong(read.header("RateLimit-Limit"))).isGreaterThan(WRITE_LIMIT);
        assertThat(Long.parseLong(read.header("RateLimit-Remaining")))
                .isEqualTo(Long.parseLong(read.header("RateLimit-Limit")) - 1);
        assertThat(read.header("RateLimit-Reset")).isNotBlank();
    }
}
