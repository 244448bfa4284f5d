package org.tracseq.auth.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.auth.it.AuthFixture.ADMIN;
import static org.tracseq.auth.it.AuthFixture.api;
import static org.tracseq.auth.it.AuthFixture.json;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * First start. The test server is started with {@code tracseq.admin.username}/{@code password}
 * (services/auth/pom.xml), so its first start created that administrator and no setup token.
 */
class FirstStartIT {

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void theConfiguredAdministratorExistsAndCanLogIn() {
        assertThat(TestDatabase.queryLong(
                        "SELECT count(*) FROM auth.users WHERE username = ? "
                                + "AND role = 'lab_administrator' AND created_by = 'system'",
                        ADMIN))
                .isEqualTo(1);
        assertThat(AuthFixture.audited("first_administrator_created", ADMIN)).isEqualTo(1);
        Response me = AuthFixture.as(AuthFixture.adminToken()).get("/me").andReturn();
        assertThat(me.jsonPath().getString("role")).isEqualTo("lab_administrator");
    }

    /** A setup request for another administrator, with a well-formed (but not the real) setup token. */
    private static String secondAdministrator(String password) {
        return json(
                "setupToken",
                "tss_" + "C".repeat(43),
                "username",
                AuthFixture.uniqueName(),
                "password",
                password,
                "fullName",
                "Second Admin",
                "email",
                "second@lab.example.org");
    }

    @Test
    void setupIsClosedOnceAUserExists() {
        long users = TestDatabase.countRows("auth.users");
        Response closed = assertProblem(
                api().body(secondAdministrator(AuthFixture.PASSWORD))
                        .post("/setup")
                        .andReturn(),
                409);
        assertThat(closed.jsonPath().getString("detail")).contains("setup is closed");
        assertProblem(api().body("{}").post("/setup").andReturn(), 400);
        assertThat(TestDatabase.countRows("auth.users")).isEqualTo(users);
    }

    @Test
    void AU1_theFirstAdministratorsPasswordIsCheckedLikeAnyOther() {
        Response refused = assertRuleViolation(
                api().body(secondAdministrator("Qx7#mLp2vR9")).post("/setup").andReturn(), 400, "AU-1");
        assertThat(refused.jsonPath().getList("errors.message"))
                .containsExactly("AU-1: must be at least 12 characters");
    }
}
