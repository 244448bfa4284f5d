package org.tracseq.auth.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.auth.it.AuthFixture.PASSWORD;
import static org.tracseq.auth.it.AuthFixture.adminToken;
import static org.tracseq.auth.it.AuthFixture.as;
import static org.tracseq.auth.it.AuthFixture.audited;
import static org.tracseq.auth.it.AuthFixture.createUser;
import static org.tracseq.auth.it.AuthFixture.json;
import static org.tracseq.auth.it.AuthFixture.loggedIn;
import static org.tracseq.auth.it.AuthFixture.uniqueName;
import static org.tracseq.auth.it.AuthFixture.usersNamed;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;

import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracseq.platform.testing.Concurrently;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/** User administration by a lab administrator: creation, validation, roles, disable/enable, lists, audit. */
class AdminIT {
    private static String admin;

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
        admin = adminToken();
    }

    private static Response create(String body) {
        return as(admin).body(body).post("/users").andReturn();
    }

    private static String userJson(
            String username,
            String password,
            String fullName,
            String email,
            String department,
            String lab,
            String role) {
        return json(
                "username",
                username,
                "password",
                password,
                "fullName",
                fullName,
                "email",
                email,
                "department",
                department,
                "labAffiliation",
                lab,
                "role",
                role);
    }

    @Test
    void createsAUserWithProfileAndRoleAndAudits() {
        String username = uniqueName();
        Response created = create(userJson(
                username.toUpperCase(),
                PASSWORD,
                "Ada Lovelace",
                "ada@lab.example.org",
                "Sequencing",
                "Genomics Core",
                "research_scientist"));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith("/auth/users/" + id);
        assertThat(created.jsonPath().getString("username")).isEqualTo(username);
        assertThat(created.jsonPath().getString("department")).isEqualTo("Sequencing");
        assertThat(created.jsonPath().getString("labAffiliation")).isEqualTo("Genomics Core");
        assertThat(created.jsonPath().getString("role")).isEqualTo("research_scientist");
        assertThat(created.jsonPath().getBoolean("enabled")).isTrue();
        assertThat(created.jsonPath().getString("createdBy")).isEqualTo(AuthFixture.ADMIN);
        assertThat(created.jsonPath().getString("password")).isNull();
        assertThat(as(admin).get("/users/" + id).jsonPath().getString("fullName"))
                .isEqualTo("Ada Lovelace");
        assertThat(audited("user_created", username)).isEqualTo(1);
        assertThat(TestDatabase.queryLong(
                        "SELECT count(*) FROM auth.users WHERE username = ? "
                                + "AND password_hash LIKE 'PBKDF2WithHmacSHA512:210000:%'",
                        username))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert('x')</script>",
                "Robert'); DROP TABLE auth.users;--",
                "\" OR \"\"=\"",
                "<img src=x onerror=alert(1)>",
                "{{7*7}} ${7*7}",
                "O'Brien & Söhne <Lab>"
            })
    void injectionAndMarkupInProfileFieldsAreStoredAndReturnedVerbatim(String text) {
        String username = uniqueName();
        Response created = create(userJson(username, PASSWORD, text, "x@lab.example.org", text, text, "guest"));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        Response read =
                as(admin).get("/users/" + created.jsonPath().getString("id")).andReturn();
        assertThat(read.contentType()).startsWith("application/json");
        assertThat(read.jsonPath().getString("fullName")).isEqualTo(text);
        assertThat(read.jsonPath().getString("department")).isEqualTo(text);
        assertThat(read.jsonPath().getString("labAffiliation")).isEqualTo(text);
        assertThat(TestDatabase.queryLong(
                        "SELECT count(*) FROM auth.users WHERE username = ? AND full_name = ?", username, text))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "' OR 1=1 --",
                "<script>",
                "ab",
                "a b c",
                "-leading-dash",
                "sixty-five-characters-are-one-too-many-for-a-username-0123456789x",
                ""
            })
    void invalidUsernamesAreRefusedAndNothingIsWritten(String username) {
        long before = TestDatabase.countRows("auth.users");
        Response refused =
                assertProblem(create(userJson(username, PASSWORD, "N", "n@lab.example.org", null, null, "guest")), 400);
        assertThat(refused.jsonPath().getList("errors.field")).containsExactly("username");
        assertThat(TestDatabase.countRows("auth.users")).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password",
                "Password123!",
                "short1!A",
                "alllowercase-and-long-1",
                "NoDigitsAtAll!!",
                "P@ssw0rd2024!",
                "Qwertyuiop123!"
            })
    void weakPasswordsAreRefusedNamingAU1AndNothingIsWritten(String password) {
        String username = uniqueName();
        Response refused = assertRuleViolation(
                create(userJson(username, password, "N", "n@lab.example.org", null, null, "guest")), 400, "AU-1");
        assertThat(refused.jsonPath().getList("errors.field")).containsOnly("password");
        assertThat(usersNamed(username)).isZero();
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        String username = uniqueName();
        assertRuleViolation(
                create(userJson(
                        username,
                        "Xy7!" + username.toUpperCase() + "-long",
                        "N",
                        "n@lab.example.org",
                        null,
                        null,
                        "guest")),
                400,
                "AU-1");
        assertThat(usersNamed(username)).isZero();
    }

    @Test
    void AU1_twelveToOneHundredTwentyEightCharactersAreTheContractsNamingAU1() {
        for (String password : List.of("Qx7#mLp2vR9", "Aa1!" + "x".repeat(125))) {
            String username = uniqueName();
            Response refused = assertRuleViolation(
                    create(userJson(username, password, "N", "n@lab.example.org", null, null, "guest")), 400, "AU-1");
            assertThat(refused.jsonPath().getList("errors.field")).containsExactly("password");
            assertThat(refused.jsonPath().getList("errors.message"))
                    .containsExactly(
                            password.length() < 12
                                    ? "AU-1: must be at least 12 characters"
                                    : "AU-1: must be at most 128 characters");
            assertThat(usersNamed(username)).isZero();
        }
        for (String password : List.of("Qx7#mLp2vR9w", "Aa1!" + "x".repeat(124))) {
            String username = uniqueName();
            Response created = create(userJson(username, password, "N", "n@lab.example.org", null, null, "guest"));
            assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        }
    }

    @Test
    void theContractsConstraintsAndTheOtherChecksAreRefusedInOneAnswer() {
        long before = TestDatabase.countRows("auth.users");
        Response refused = assertProblem(
                create(userJson("ab", "Password123!", "N", "not-an-email", "d".repeat(201), null, "guest")), 400);
        assertThat(refused.jsonPath().getString("rule")).isNull();
        assertThat(refused.jsonPath().getList("errors.field"))
                .containsExactlyInAnyOrder("username", "department", "password", "email");
        assertThat(TestDatabase.countRows("auth.users")).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plainaddress",
                "@no-local.org",
                "a@b",
                "a@@lab.org",
                "a b@lab.org",
                "<x>@lab.org",
                "x' OR '1'='1@lab.org",
                "a@lab..org",
                "a@-lab.org"
            })
    void malformedEmailsAreRefusedAndNothingIsWritten(String email) {
        String username = uniqueName();
        Response refused = assertProblem(create(userJson(username, PASSWORD, "N", email, null, null, "guest")), 400);
        assertThat(refused.jsonPath().getList("errors.field")).containsExactly("email");
        assertThat(usersNamed(username)).isZero();
    }

    @Test
    void tooLongFieldsUnknownRolesAndMissingFieldsAreRefused() {
        String username = uniqueName();
        Response refused = assertProblem(
                create(userJson(
                        username,
                        PASSWORD,
                        "n".repeat(201),
                        "n@lab.example.org",
                        "d".repeat(201),
                        "l".repeat(201),
                        null)),
                400);
        assertThat(refused.jsonPath().getList("errors.field"))
                .containsExactlyInAnyOrder("fullName", "department", "labAffiliation", "role");
        assertProblem(create(userJson(username, PASSWORD, "N", "n@lab.example.org", null, null, "superuser")), 400);
        assertProblem(
                create(userJson(username, PASSWORD, "Line\nbreak", "n@lab.example.org", null, null, "guest")), 400);
        assertProblem(create("{}"), 400);
        assertProblem(create(""), 400);
        assertThat(usersNamed(username)).isZero();
    }

    @Test
    void aTakenUsernameIsAConflictInAnyCase() {
        String username = uniqueName();
        createUser(admin, username, "guest");
        assertProblem(
                create(userJson(username.toUpperCase(), PASSWORD, "N", "n@lab.example.org", null, null, "guest")), 409);
        assertThat(usersNamed(username)).isEqualTo(1);
    }

    @Test
    void twentyConcurrentCreationsAllSucceedAndTwentySameNameOnesCreateOne() {
        String prefix = uniqueName();
        var distinct = Concurrently.post(
                20,
                admin,
                i -> "/users",
                i -> userJson(prefix + "-" + i, PASSWORD, "N", "n@lab.example.org", null, null, "guest"));
        assertThat(distinct).extracting(Concurrently.Answer::status).containsOnly(201);
        assertThat(TestDatabase.queryLong("SELECT count(*) FROM auth.users WHERE username LIKE ?", prefix + "-%"))
                .isEqualTo(20);

        String same = uniqueName();
        var racing = Concurrently.post(
                20, admin, i -> "/users", i -> userJson(same, PASSWORD, "N", "n@lab.example.org", null, null, "guest"));
        assertThat(racing)
                .extracting(Concurrently.Answer::status)
                .containsOnly(201, 409)
                .filteredOn(status -> status == 201)
                .hasSize(1);
        assertThat(usersNamed(same)).isEqualTo(1);
        assertThat(audited("user_created", same)).isEqualTo(1);
    }

    @Test
    void AU3_aRoleChangeRevokesEverySessionAtOnceAndTheNextLoginCarriesTheNewRole() {
        String username = uniqueName();
        String id = createUser(admin, username, "data_analyst");
        Response login = loggedIn(username, PASSWORD);
        String access = login.jsonPath().getString("accessToken");
        Response changed = as(admin)
                .body("{\"role\":\"lab_technician\",\"reason\":\"trained on the NovaSeq\"}")
                .put("/users/" + id + "/role")
                .andReturn();
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.jsonPath().getString("role")).isEqualTo("lab_technician");
        assertThat(TestDatabase.queryLong(
                        "SELECT count(*) FROM auth.audit_events WHERE type = 'role_changed' "
                                + "AND subject = ? AND old_value = 'data_analyst' AND new_value = 'lab_technician' "
                                + "AND reason = 'trained on the NovaSeq' AND actor = ? AND detail = '1 sessions revoked'",
                        username,
                        AuthFixture.ADMIN))
                .isEqualTo(1);
        assertProblem(as(access).get("/me").andReturn(), 401);
        assertProblem(
                AuthFixture.api()
                        .body(json("refreshToken", login.jsonPath().getString("refreshToken")))
                        .post("/refresh")
                        .andReturn(),
                401);
        assertThat(as(admin).get("/users/" + id + "/sessions").jsonPath().getInt("total"))
                .isZero();
        assertThat(decodedGroups(loggedIn(username, PASSWORD).jsonPath().getString("accessToken")))
                .contains("lab_technician");
        assertProblem(
                as(admin)
                        .body("{\"role\":\"emperor\"}")
                        .put("/users/" + id + "/role")
                        .andReturn(),
                400);
        assertProblem(as(admin).body("{}").put("/users/" + id + "/role").andReturn(), 400);
        assertProblem(
                as(admin)
                        .body("{\"role\":\"guest\"}")
                        .put("/users/" + java.util.UUID.randomUUID() + "/role")
                        .andReturn(),
                404);
    }

    @Test
    void disablingRevokesEverySessionAtOnceAndEnablingLetsTheUserBackIn() {
        String username = uniqueName();
        String id = createUser(admin, username, "guest");
        Response login = loggedIn(username, PASSWORD);
        String access = login.jsonPath().getString("accessToken");
        Response disabled = as(admin)
                .body("{\"reason\":\"left the lab\"}")
                .post("/users/" + id + "/disable")
                .andReturn();
        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(disabled.jsonPath().getBoolean("enabled")).isFalse();
        assertProblem(as(access).get("/me").andReturn(), 401);
        assertProblem(
                AuthFixture.api()
                        .body(json("refreshToken", login.jsonPath().getString("refreshToken")))
                        .post("/refresh")
                        .andReturn(),
                401);
        assertProblem(AuthFixture.login(username, PASSWORD), 401);
        assertThat(as(admin).get("/users/" + id + "/sessions").jsonPath().getInt("total"))
                .isZero();
        assertThat(audited("user_disabled", username)).isEqualTo(1);

        assertThat(as(admin)
                        .body("{}")
                        .post("/users/" + id + "/enable")
                        .jsonPath()
                        .getBoolean("enabled"))
                .isTrue();
        loggedIn(username, PASSWORD);
        assertThat(audited("user_enabled", username)).isEqualTo(1);
    }

    @Test
    void listsUsersPagedAndFilteredAndAUsersSessions() {
        String prefix = uniqueName();
        String id = createUser(admin, prefix + "-a", "lab_technician");
        createUser(admin, prefix + "-b", "guest");
        loggedIn(prefix + "-a", PASSWORD);
        Response page = as(admin)
                .queryParam("q", prefix)
                .queryParam("size", 1)
                .queryParam("sort", "username,desc")
                .get("/users")
                .andReturn();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.jsonPath().getInt("total")).isEqualTo(2);
        assertThat(page.jsonPath().getList("items.username")).containsExactly(prefix + "-b");
        assertThat(as(admin)
                        .queryParam("q", prefix)
                        .queryParam("role", "lab_technician")
                        .get("/users")
                        .jsonPath()
                        .getList("items.username"))
                .containsExactly(prefix + "-a");
        assertThat(as(admin).get("/users/" + id + "/sessions").jsonPath().getInt("total"))
                .isEqualTo(1);
        assertProblem(as(admin).queryParam("sort", "password").get("/users").andReturn(), 400);
        assertProblem(as(admin).queryParam("size", 501).get("/users").andReturn(), 400);
        assertProblem(as(admin).queryParam("role", "root").get("/users").andReturn(), 400);
        assertProblem(as(admin).get("/users/" + java.util.UUID.randomUUID()).andReturn(), 404);
        assertProblem(as(admin).get("/users/12345").andReturn(), 400);
    }

    @Test
    void usersSortByRoleRankNotAlphabetically() {
        String prefix = uniqueName();
        createUser(admin, prefix + "-a", "lab_technician");
        createUser(admin, prefix + "-b", "guest");
        createUser(admin, prefix + "-c", "data_analyst");
        assertThat(as(admin)
                        .queryParam("q", prefix.toUpperCase(java.util.Locale.ROOT))
                        .queryParam("sort", "role")
                        .get("/users")
                        .jsonPath()
                        .getList("items.role"))
                .containsExactly("guest", "data_analyst", "lab_technician");
        assertThat(as(admin)
                        .queryParam("q", prefix)
                        .queryParam("sort", "role,desc")
                        .get("/users")
                        .jsonPath()
                        .getList("items.username"))
                .containsExactly(prefix + "-a", prefix + "-c", prefix + "-b");
    }

    @Test
    void theAuditLogIsPagedNewestFirstAndFiltered() {
        String username = uniqueName();
        createUser(admin, username, "guest");
        AuthFixture.login(username, "Wrong-Password-42!");
        loggedIn(username, PASSWORD);
        Response events =
                as(admin).queryParam("subject", username).get("/audit").andReturn();
        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.jsonPath().getList("items.type"))
                .containsExactly("login_succeeded", "login_failed", "user_created");
        assertThat(events.jsonPath().getString("items[1].ip")).isNotBlank();
        assertThat(events.jsonPath().getString("items[1].requestId")).isNotBlank();
        assertThat(events.jsonPath().getString("items[2].actor")).isEqualTo(AuthFixture.ADMIN);
        List<String> failed = as(admin)
                .queryParam("subject", username)
                .queryParam("type", "login_failed")
                .get("/audit")
                .jsonPath()
                .getList("items.type");
        assertThat(failed).containsExactly("login_failed");
        assertProblem(as(admin).queryParam("type", "coffee_break").get("/audit").andReturn(), 400);
        assertProblem(as(admin).queryParam("from", "yesterday").get("/audit").andReturn(), 400);
        assertThat(as(admin)
                        .queryParam("from", "2000-01-01T00:00:00Z")
                        .queryParam("size", 1)
                        .get("/audit")
                        .jsonPath()
                        .getInt("total"))
                .isPositive();
    }

    private static List<String> decodedGroups(String jwt) {
        try {
            return com.nimbusds.jwt.SignedJWT.parse(jwt).getJWTClaimsSet().getStringListClaim("groups");
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
