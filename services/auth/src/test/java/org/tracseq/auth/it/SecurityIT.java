package org.tracseq.auth.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.auth.it.AuthFixture.api;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.auth.token.SigningKey;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.SecurityMatrix;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Every operation of the contract called without a token, with bad tokens and with a role too low:
 * 401 or 403 as problem+json, and nothing changed (the platform's {@link SecurityMatrix}, with
 * tokens from real logins); plus what only the auth service can show: forgeries of a real
 * administrator's token, Basic credentials, and service principals refused like users.
 */
class SecurityIT {
    private static String admin;

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
        admin = AuthFixture.adminToken();
    }

    /**
     * One user per role, logged in afresh for every token: a call the matrix lets through may end
     * its own session (logout), and a password check costs far less than a new user (PBKDF2 at
     * 210,000 iterations for both the administrator's login and the new user's hash).
     */
    @Test
    void everyOperationFollowsTheRoleMatrix() {
        Map<Role, String> users = new EnumMap<>(Role.class);
        SecurityMatrix.of("auth", role -> {
                    String username = users.computeIfAbsent(role, newRole -> {
                        String name = AuthFixture.uniqueName();
                        AuthFixture.createUser(admin, name, newRole.wireValue());
                        return name;
                    });
                    return AuthFixture.loggedIn(username, AuthFixture.PASSWORD)
                            .jsonPath()
                            .getString("accessToken");
                })
                .assertEnforced(SecurityIT::state);
    }

    @Test
    void forgeriesOfARealAdministratorsTokenAreRefused() throws Exception {
        String[] parts = admin.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String otherIssuer = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims.replace("https://tracseq.org/auth", "https://evil.example/auth")
                        .getBytes(StandardCharsets.UTF_8));
        SignedJWT real = SignedJWT.parse(admin);
        SignedJWT foreign = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(real.getHeader().getKeyID())
                        .build(),
                real.getJWTClaimsSet());
        foreign.sign(new RSASSASigner(SigningKey.generate(Instant.now()).jwk()));
        String before = state();
        for (String forgery : List.of(
                parts[0] + "." + otherIssuer + "." + parts[2], // tampered payload
                new PlainJWT(real.getJWTClaimsSet()).serialize(), // alg: none
                foreign.serialize(), // right kid, wrong key
                parts[0] + "." + parts[1] + ".", // signature stripped
                "x".repeat(9000))) {
            assertProblem(AuthFixture.as(forgery).get("/users").andReturn(), 401);
            assertProblem(AuthFixture.as(forgery).post("/signing-keys/rotate").andReturn(), 401);
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void basicCredentialsAreNoToken() {
        assertProblem(
                api().header("Authorization", "Basic YWRtaW46YWRtaW4=")
                        .get("/me")
                        .andReturn(),
                401);
    }

    @Test
    void aServicePrincipalIsRefusedAdministrationLikeAUser() {
        String apiKey = AuthFixture.as(admin)
                .body(AuthFixture.json("name", AuthFixture.uniqueName(), "role", "principal_investigator"))
                .post("/service-principals")
                .jsonPath()
                .getString("apiKey");
        String service = api().body(AuthFixture.json("apiKey", apiKey))
                .post("/token/api-key")
                .jsonPath()
                .getString("accessToken");
        String before = state();
        Response refused = assertProblem(AuthFixture.as(service).get("/users").andReturn(), 403);
        assertThat(refused.jsonPath().getString("detail")).contains("lab_administrator");
        assertProblem(AuthFixture.as(service).post("/signing-keys/rotate").andReturn(), 403);
        assertProblem(
                AuthFixture.as(service)
                        .body("{\"name\":\"intruder\",\"role\":\"guest\"}")
                        .post("/service-principals")
                        .andReturn(),
                403);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void openEndpointsNeedNoToken() {
        assertThat(api().get("/jwks").statusCode()).isEqualTo(200);
        assertProblem(api().body("{}").post("/login").andReturn(), 400);
        assertProblem(api().body("{}").post("/refresh").andReturn(), 400);
        assertProblem(api().body("{}").post("/token/api-key").andReturn(), 400);
        assertProblem(api().body("{}").post("/setup").andReturn(), 400);
        assertThat(io.restassured.RestAssured.get(TracSeqServer.managementUrl() + "/health/ready")
                        .statusCode())
                .isEqualTo(200);
        assertThat(io.restassured.RestAssured.get(TracSeqServer.rootUrl() + "/openapi")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anUnknownPathIsStillA404Problem() {
        assertProblem(api().get("/no-such-thing").andReturn(), 404);
    }

    /** Everything a refused request could have changed, as one comparable line. */
    private static String state() {
        return Stream.of("auth.users", "auth.sessions", "auth.service_principals", "auth.signing_keys")
                        .map(table -> table + "=" + TestDatabase.countRows(table))
                        .reduce((a, b) -> a + " " + b)
                        .orElseThrow()
                + " revoked="
                + TestDatabase.queryLong("SELECT count(*) FROM auth.sessions WHERE revoked_at IS NOT NULL")
                + " changed="
                + TestDatabase.queryLong(
                        "SELECT count(*) FROM auth.audit_events WHERE type IN "
                                + "('role_changed','user_disabled','user_enabled','password_changed','api_key_revoked','logout')");
    }
}
