package org.tracseq.auth.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.auth.it.AuthFixture.PASSWORD;
import static org.tracseq.auth.it.AuthFixture.adminToken;
import static org.tracseq.auth.it.AuthFixture.api;
import static org.tracseq.auth.it.AuthFixture.as;
import static org.tracseq.auth.it.AuthFixture.audited;
import static org.tracseq.auth.it.AuthFixture.createUser;
import static org.tracseq.auth.it.AuthFixture.json;
import static org.tracseq.auth.it.AuthFixture.loggedIn;
import static org.tracseq.auth.it.AuthFixture.login;
import static org.tracseq.auth.it.AuthFixture.uniqueName;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;

import com.nimbusds.jwt.SignedJWT;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracseq.platform.testing.Concurrently;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/** Login (AU-2, AU-3) against the running service and PostgreSQL. */
class LoginIT {
    private static String admin;

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
        admin = adminToken();
    }

    @Test
    void loginGivesAnRs256TokenWithTheMicroProfileClaimsAndARefreshToken() throws Exception {
        String username = uniqueName();
        String id = createUser(admin, username, "principal_investigator");
        Response response = loggedIn(username.toUpperCase(), PASSWORD);
        assertThat(response.jsonPath().getString("tokenType")).isEqualTo("Bearer");
        assertThat(response.jsonPath().getInt("expiresIn")).isBetween(890, 900);
        assertThat(response.jsonPath().getString("refreshToken")).startsWith("tsr_");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");

        SignedJWT jwt = SignedJWT.parse(response.jsonPath().getString("accessToken"));
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        List<String> published = api().get("/jwks").jsonPath().getList("keys.kid");
        assertThat(published).contains(jwt.getHeader().getKeyID());
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(id);
        assertThat(claims.getStringClaim("upn")).isEqualTo(username);
        assertThat(claims.getStringListClaim("groups"))
                .containsExactly(
                        "guest", "data_analyst", "research_scientist", "lab_technician", "principal_investigator");
        assertThat(claims.getIssuer()).isEqualTo("https://tracseq.org/auth");
        assertThat(claims.getAudience()).containsExactly("tracseq");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
                .isEqualTo(15 * 60_000L);
        assertThat(claims.getStringClaim("sid")).isEqualTo(response.jsonPath().getString("sessionId"));

        Response me =
                as(response.jsonPath().getString("accessToken")).get("/me").andReturn();
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.jsonPath().getString("username")).isEqualTo(username);
        assertThat(me.jsonPath().getString("lastLoginAt")).isNotBlank();
        assertThat(audited("login_succeeded", username)).isEqualTo(1);
    }

    @Test
    void wrongPasswordUnknownUserAndDisabledAccountGetTheSameAnswer() {
        String username = uniqueName();
        String disabled = uniqueName();
        createUser(admin, username, "guest");
        String disabledId = createUser(admin, disabled, "guest");
        as(admin).body("{}").post("/users/" + disabledId + "/disable").then().statusCode(200);

        List<Response> failures = List.of(
                login(username, "Wrong-Password-42!"), login(uniqueName(), PASSWORD), login(disabled, PASSWORD));
        for (Response failure : failures) {
            assertProblem(failure, 401);
            assertThat(failure.header("WWW-Authenticate")).startsWith("Bearer");
        }
        Set<String> bodies = failures.stream().map(Response::asString).collect(Collectors.toSet());
        assertThat(bodies).as("one answer for every cause").hasSize(1);
        assertThat(audited("login_failed", username)).isEqualTo(1);
    }

    @Test
    void anUnknownUserTakesAboutAsLongAsAWrongPassword() {
        String username = uniqueName();
        createUser(admin, username, "guest");
        long known = fastestFailure(username);
        long unknown = fastestFailure(uniqueName());
        // The unknown user's password is checked against a decoy hash: no shortcut to time.
        assertThat(unknown).as("unknown %d ms vs known %d ms", unknown, known).isGreaterThan(known / 3);
    }

    private static long fastestFailure(String username) {
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            assertThat(login(username, "Wrong-Password-42!").statusCode()).isEqualTo(401);
            fastest = Math.min(fastest, (System.nanoTime() - start) / 1_000_000);
        }
        // Two failures of a throwaway name; the lockout is five.
        return fastest;
    }

    @Test
    void fiveFailuresLockTheNameFor15MinutesEvenForTheRightPassword() {
        String username = uniqueName();
        createUser(admin, username, "guest");
        for (int i = 0; i < 5; i++) {
            assertProblem(login(username, "Wrong-Password-" + i + "!"), 401);
        }
        Response locked = assertRuleViolation(login(username, PASSWORD), 423, "AU-2");
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(890, 900);
        assertThat(audited("account_locked", username)).isEqualTo(1);
        assertThat(audited("login_locked", username)).isEqualTo(1);
    }

    @Test
    void anUnknownNameLocksExactlyLikeAKnownOne() {
        String known = uniqueName();
        createUser(admin, known, "guest");
        String unknown = uniqueName();
        for (int i = 0; i < 5; i++) {
            login(known, "Wrong-Password-" + i + "!");
            login(unknown, "Wrong-Password-" + i + "!");
        }
        Response knownLocked = assertRuleViolation(login(known, PASSWORD), 423, "AU-2");
        Response unknownLocked = assertRuleViolation(login(unknown, PASSWORD), 423, "AU-2");
        assertThat(unknownLocked.jsonPath().getString("title"))
                .isEqualTo(knownLocked.jsonPath().getString("title"));
        assertThat(unknownLocked.header("Retry-After")).isNotBlank();
    }

    @Test
    void enablingAUserLiftsTheLockout() {
        String username = uniqueName();
        String id = createUser(admin, username, "guest");
        for (int i = 0; i < 5; i++) {
            login(username, "Wrong-Password-" + i + "!");
        }
        assertProblem(login(username, PASSWORD), 423);
        as(admin)
                .body("{\"reason\":\"called the help desk\"}")
                .post("/users/" + id + "/enable")
                .then()
                .statusCode(200);
        loggedIn(username, PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "' OR '1'='1",
                "admin'--",
                "x\"; DROP TABLE auth.users; --",
                "<script>alert(1)</script>",
                "${jndi:ldap://x/a}",
                "%00",
                "ünïcödé-名前"
            })
    void injectionStringsInLoginFieldsAreJustWrongCredentials(String attack) {
        // A suffix keeps each run's name fresh (the lockout counts per name); the payload stays intact.
        String name = attack + " " + uniqueName();
        long users = TestDatabase.countRows("auth.users");
        assertProblem(login(name, attack), 401);
        assertThat(TestDatabase.countRows("auth.users")).isEqualTo(users);
        assertThat(TestDatabase.queryLong(
                        "SELECT count(*) FROM auth.audit_events WHERE type = 'login_failed' " + "AND subject = ?",
                        name.toLowerCase(Locale.ROOT)))
                .as("stored verbatim as data")
                .isEqualTo(1);
    }

    @Test
    void malformedOrOversizedLoginsAreBadRequests() {
        assertProblem(api().body("{\"username\":").post("/login").andReturn(), 400);
        assertProblem(api().body("").post("/login").andReturn(), 400);
        assertProblem(api().body("{}").post("/login").andReturn(), 400);
        assertProblem(
                api().body(json("username", "x".repeat(65), "password", "p"))
                        .post("/login")
                        .andReturn(),
                400);
        assertProblem(
                api().body(json("username", "x", "password", "p".repeat(129)))
                        .post("/login")
                        .andReturn(),
                400);
        assertProblem(api().body("[\"a\"]").post("/login").andReturn(), 400);
        assertProblem(
                api().contentType("text/plain")
                        .body("username=a")
                        .post("/login")
                        .andReturn(),
                415);
    }

    @Test
    void twentyConcurrentLoginsAllSucceedWithTheirOwnSessions() {
        String username = uniqueName();
        createUser(admin, username, "data_analyst");
        // A failure first, so the logins queue on an existing throttle row that the first success clears.
        assertProblem(login(username, "Wrong-Password-42!"), 401);
        var answers = Concurrently.post(20, null, i -> "/login", i -> json("username", username, "password", PASSWORD));
        assertThat(answers)
                .extracting(Concurrently.Answer::status)
                .containsOnly(200)
                .hasSize(20);
        assertThat(TestDatabase.queryLong(
                        "SELECT count(*) FROM auth.sessions s JOIN auth.users u ON u.id = s.user_id "
                                + "WHERE u.username = ?",
                        username))
                .isEqualTo(20);
        assertThat(audited("login_succeeded", username)).isEqualTo(20);
    }
}
