package org.tracseq.barcodes.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import com.nimbusds.jwt.SignedJWT;
import io.restassured.response.Response;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.RevocationList;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;
import redis.clients.jedis.RedisClient;

/**
 * Barcodes, reached directly (no gateway in front, no auth service beside it), refuses a token as
 * soon as the auth service puts it on the revocation list: logout, disable or role change (a
 * session) and a revoked API key (a subject).
 */
class RevocationIT {
    private static RedisClient redis;

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
        redis = RedisClient.create("127.0.0.1", 6379);
    }

    @AfterAll
    static void close() {
        redis.close();
    }

    @Test
    void AU3_aLoggedOutSessionsTokenIsRefusedByTheServiceItselfWithinOneSecond() {
        String session = UUID.randomUUID().toString();
        String token = TestTokens.ofSession(Role.LAB_TECHNICIAN, session);
        assertThat(validate(token).statusCode()).isEqualTo(200);

        // What the auth service writes when the session ends.
        RevocationList.write(redis, List.of(RevocationList.SESSION_KEY + session), Duration.ofMinutes(15));

        await("refused")
                .atMost(Duration.ofSeconds(1))
                .until(() -> validate(token).statusCode() == 401);
        assertThat(assertProblem(validate(token), 401).jsonPath().getString("detail"))
                .contains("revoked");
        assertThat(validate(TestTokens.ofSession(
                                Role.LAB_TECHNICIAN, UUID.randomUUID().toString()))
                        .statusCode())
                .as("another session of the same role")
                .isEqualTo(200);
    }

    @Test
    void AU3_aRevokedPrincipalsTokenIsRefusedByTheServiceItself() throws ParseException {
        String token = TestTokens.of(Role.RESEARCH_SCIENTIST);
        String subject = SignedJWT.parse(token).getJWTClaimsSet().getSubject();
        assertThat(validate(token).statusCode()).isEqualTo(200);

        RevocationList.write(redis, List.of(RevocationList.SUBJECT_KEY + subject), Duration.ofMinutes(15));

        await("refused")
                .atMost(Duration.ofSeconds(1))
                .until(() -> validate(token).statusCode() == 401);
    }

    private static Response validate(String token) {
        return TracSeqServer.request()
                .header("Authorization", "Bearer " + token)
                .queryParam("barcode", "TS-1")
                .get("/validate")
                .andReturn();
    }
}
