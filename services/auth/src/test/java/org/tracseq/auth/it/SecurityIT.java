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
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracseq.auth.token.SigningKey;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Every endpoint that is not open, called without a token, with bad tokens and with a role too
 * low: 401 or 403 as problem+json, and nothing changed.
 */
class SecurityIT {
    private static final String ANY_ID = UUID.randomUUID().toString();
    /** The highest role below administration, as a user and as a service principal. */
    private static String investigator;
    private static String investigatorService;
    private static List<String> badTokens;

    /** A guarded endpoint: method, path, a body where one is taken, and whether it is for administrators only. */
    record Endpoint(String method, String path, String body, boolean adminOnly) {
        Response call(RequestSpecification request) {
            if (body != null) {
                request.body(body);
            }
            return request.request(method, path).andReturn();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> guarded() {
        return Stream.of(
                new Endpoint("POST", "/logout", null, false),
                new Endpoint("GET", "/me", null, false),
                new Endpoint("POST", "/me/password", "{\"currentPassword\":\"a\",\"newPassword\":\"b\"}", false),
                new Endpoint("GET", "/sessions", null, false),
                new Endpoint("DELETE", "/sessions/" + ANY_ID, null, false),
                new Endpoint("POST", "/users", "{\"username\":\"intruder\"}", true),
                new Endpoint("GET", "/users", null, true),
                new Endpoint("GET", "/users/" + ANY_ID, null, true),
                new Endpoint("PUT", "/users/" + ANY_ID + "/role", "{\"role\":\"lab_administrator\"}", true),
                new Endpoint("POST", "/users/" + ANY_ID + "/disable", "{}", true),
                new Endpoint("POST", "/users/" + ANY_ID + "/enable", "{}", true),
                new Endpoint("GET", "/users/" + ANY_ID + "/sessions", null, true),
                new Endpoint("POST", "/service-principals", "{\"name\":\"intruder\",\"role\":\"guest\"}", true),
                new Endpoint("GET", "/service-principals", null, true),
                new Endpoint("GET", "/service-principals/" + ANY_ID, null, true),
                new Endpoint("DELETE", "/service-principals/" + ANY_ID, null, true),
                new Endpoint("GET", "/signing-keys", null, true),
                new Endpoint("POST", "/signing-keys/rotate", null, true),
                new Endpoint("GET", "/audit", null, true));
    }

    static Stream<Arguments> adminOnly() {
        return guarded().filter(Endpoint::adminOnly).map(Arguments::of);
    }

    @BeforeAll
    static void ready() throws Exception {
        TracSeqServer.awaitReady();
        investigator = AuthFixture.tokenOfNewUser("principal_investigator");
        String admin = AuthFixture.adminToken();
        String apiKey = AuthFixture.as(admin).body(AuthFixture.json("name", AuthFixture.uniqueName(), "role",
                "principal_investigator")).post("/service-principals").jsonPath().getString("apiKey");
        investigatorService = api().body(AuthFixture.json("apiKey", apiKey)).post("/token/api-key").jsonPath()
                .getString("accessToken");
        badTokens = badTokensFrom(admin);
    }

    /** Forgeries built from a real administrator's token: each must fail although its claims say admin. */
    private static List<String> badTokensFrom(String admin) throws Exception {
        String[] parts = admin.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String otherIssuer = Base64.getUrlEncoder().withoutPadding().encodeToString(claims
                .replace("https://tracseq.org/auth", "https://evil.example/auth").getBytes(StandardCharsets.UTF_8));
        SignedJWT admin_ = SignedJWT.parse(admin);
        String unsigned = new PlainJWT(admin_.getJWTClaimsSet()).serialize();
        SigningKey stranger = SigningKey.generate(Instant.now());
        SignedJWT foreign = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(admin_.getHeader().getKeyID()).build(), admin_.getJWTClaimsSet());
        foreign.sign(new RSASSASigner(stranger.jwk()));
        return List.of(
                "garbage",
                parts[0] + "." + otherIssuer + "." + parts[2],  // tampered payload
                unsigned,                                      // alg: none
                foreign.serialize(),                           // right kid, wrong key
                parts[0] + "." + parts[1] + ".",               // signature stripped
                "x".repeat(9000));
    }

    @ParameterizedTest
    @MethodSource("guarded")
    void withoutATokenIs401AndChangesNothing(Endpoint endpoint) {
        String before = state();
        Response response = assertProblem(endpoint.call(api()), 401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(endpoint.call(api().header("Authorization", "Basic YWRtaW46YWRtaW4=")), 401);
        assertThat(state()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("guarded")
    void withABadTokenIs401AndChangesNothing(Endpoint endpoint) {
        String before = state();
        for (String token : badTokens) {
            assertProblem(endpoint.call(AuthFixture.as(token)), 401);
        }
        assertThat(state()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("adminOnly")
    void withARoleTooLowIs403AndChangesNothing(Endpoint endpoint) {
        String before = state();
        Response response = assertProblem(endpoint.call(AuthFixture.as(investigator)), 403);
        assertThat(response.jsonPath().getString("detail")).contains("lab_administrator");
        assertProblem(endpoint.call(AuthFixture.as(investigatorService)), 403);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void openEndpointsNeedNoToken() {
        assertThat(api().get("/jwks").statusCode()).isEqualTo(200);
        assertProblem(api().body("{}").post("/login").andReturn(), 400);
        assertProblem(api().body("{}").post("/refresh").andReturn(), 400);
        assertProblem(api().body("{}").post("/token/api-key").andReturn(), 400);
        assertProblem(api().body("{}").post("/setup").andReturn(), 400);
        assertThat(io.restassured.RestAssured.get(TracSeqServer.rootUrl() + "/health/ready").statusCode())
                .isEqualTo(200);
        assertThat(io.restassured.RestAssured.get(TracSeqServer.rootUrl() + "/openapi").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownPathIsStillA404Problem() {
        assertProblem(api().get("/no-such-thing").andReturn(), 404);
    }

    /** Everything a refused request could have changed, as one comparable line. */
    private static String state() {
        return Stream.of("auth.users", "auth.sessions", "auth.service_principals", "auth.signing_keys")
                .map(table -> table + "=" + TestDatabase.countRows(table))
                .reduce((a, b) -> a + " " + b).orElseThrow()
                + " revoked="
                + TestDatabase.queryLong("SELECT count(*) FROM auth.sessions WHERE revoked_at IS NOT NULL")
                + " changed=" + TestDatabase.queryLong("SELECT count(*) FROM auth.audit_events WHERE type IN "
                + "('role_changed','user_disabled','user_enabled','password_changed','api_key_revoked','logout')");
    }
}
