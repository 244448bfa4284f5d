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
import static org.tracseq.auth.it.AuthFixture.uniqueName;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/** Refresh rotation and reuse (AU-3), logout, own sessions and password change. */
class SessionIT {
    private static String admin;
    private String username;

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
        admin = adminToken();
    }

    @BeforeEach
    void newUser() {
        username = uniqueName();
        createUser(admin, username, "lab_technician");
    }

    private static Response refresh(String refreshToken) {
        return api().body(json("refreshToken", refreshToken)).post("/refresh").andReturn();
    }

    @Test
    void aRefreshTokenRotatesAndWorksOnlyOnce() {
        Response login = loggedIn(username, PASSWORD);
        String first = login.jsonPath().getString("refreshToken");
        Response refreshed = refresh(first);
        assertThat(refreshed.statusCode()).as(refreshed.asString()).isEqualTo(200);
        String second = refreshed.jsonPath().getString("refreshToken");
        assertThat(second).isNotEqualTo(first);
        assertThat(refreshed.jsonPath().getString("sessionId"))
                .isEqualTo(login.jsonPath().getString("sessionId"));
        assertThat(as(refreshed.jsonPath().getString("accessToken")).get("/me").statusCode())
                .isEqualTo(200);
        assertThat(refresh(second).statusCode()).isEqualTo(200);
        assertThat(TestDatabase.queryLong("SELECT count(*) FROM auth.refresh_tokens WHERE token_hash = ?", first))
                .as("only hashes are stored")
                .isZero();
    }

    @Test
    void reusingASpentRefreshTokenRevokesTheWholeFamily() {
        Response login = loggedIn(username, PASSWORD);
        String stolen = login.jsonPath().getString("refreshToken");
        Response legitimate = refresh(stolen);
        String newest = legitimate.jsonPath().getString("refreshToken");
        String access = legitimate.jsonPath().getString("accessToken");

        assertProblem(refresh(stolen), 401);
        assertProblem(refresh(newest), 401);
        assertProblem(as(access).get("/me").andReturn(), 401);
        assertThat(audited("refresh_token_reused", username)).isEqualTo(1);
        assertThat(TestDatabase.queryLong(
                        "SELECT count(*) FROM auth.sessions WHERE id = ?::uuid "
                                + "AND revoked_reason = 'refresh token reused'",
                        login.jsonPath().getString("sessionId")))
                .isEqualTo(1);

        // Other sessions of the same user are a different family and keep working.
        assertThat(refresh(loggedIn(username, PASSWORD).jsonPath().getString("refreshToken"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void unknownOrMalformedRefreshTokensAreRefused() {
        assertProblem(refresh("tsr_" + "A".repeat(43)), 401);
        assertProblem(refresh("' OR 1=1 --"), 401);
        assertProblem(api().body("{}").post("/refresh").andReturn(), 400);
        assertProblem(refresh("x".repeat(201)), 400);
    }

    @Test
    void logoutEndsTheSessionAtOnce() {
        Response login = loggedIn(username, PASSWORD);
        String access = login.jsonPath().getString("accessToken");
        Response ended = as(access).post("/logout").andReturn();
        assertThat(ended.statusCode()).isEqualTo(200);
        assertThat(ended.jsonPath().getString("revokedAt")).isNotBlank();
        assertProblem(as(access).get("/me").andReturn(), 401);
        assertProblem(refresh(login.jsonPath().getString("refreshToken")), 401);
        assertThat(audited("logout", username)).isEqualTo(1);
    }

    @Test
    void usersListAndRevokeTheirOwnSessionsOnly() {
        String here = loggedIn(username, PASSWORD).jsonPath().getString("accessToken");
        Response elsewhere = loggedIn(username, PASSWORD);
        Response sessions = as(here).get("/sessions").andReturn();
        assertThat(sessions.statusCode()).isEqualTo(200);
        assertThat(sessions.jsonPath().getInt("total")).isEqualTo(2);
        assertThat(sessions.jsonPath().getList("items.current", Boolean.class)).containsExactlyInAnyOrder(true, false);

        String otherId = elsewhere.jsonPath().getString("sessionId");
        String stranger = AuthFixture.tokenOfNewUser("guest");
        assertProblem(as(stranger).delete("/sessions/" + otherId).andReturn(), 404);
        assertThat(as(here).delete("/sessions/" + otherId).jsonPath().getString("revokedAt"))
                .isNotBlank();
        assertProblem(
                as(elsewhere.jsonPath().getString("accessToken")).get("/me").andReturn(), 401);
        assertThat(as(here).get("/sessions").jsonPath().getInt("total")).isEqualTo(1);
        assertProblem(as(here).delete("/sessions/not-a-uuid").andReturn(), 400);
    }

    @Test
    void changingThePasswordRevokesEveryOtherSession() {
        String here = loggedIn(username, PASSWORD).jsonPath().getString("accessToken");
        String elsewhere = loggedIn(username, PASSWORD).jsonPath().getString("accessToken");
        String newPassword = "Thermocycler-Lid-Hot-95C!";
        Response changed = as(here).body(json("currentPassword", PASSWORD, "newPassword", newPassword))
                .post("/me/password")
                .andReturn();
        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
        assertThat(changed.jsonPath().getString("passwordChangedAt")).isNotBlank();
        assertThat(as(here).get("/me").statusCode()).isEqualTo(200);
        assertProblem(as(elsewhere).get("/me").andReturn(), 401);
        assertProblem(AuthFixture.login(username, PASSWORD), 401);
        loggedIn(username, newPassword);
        assertThat(audited("password_changed", username)).isEqualTo(1);
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndAStrongNewOne() {
        String access = loggedIn(username, PASSWORD).jsonPath().getString("accessToken");
        Response wrong = assertProblem(
                as(access)
                        .body(json(
                                "currentPassword", "Not-The-Password-1!", "newPassword", "Thermocycler-Lid-Hot-95C!"))
                        .post("/me/password")
                        .andReturn(),
                400);
        assertThat(wrong.jsonPath().getString("errors[0].field")).isEqualTo("currentPassword");
        assertThat(audited("login_failed", username))
                .as("counts towards the lockout")
                .isEqualTo(1);

        Response weak = assertRuleViolation(
                as(access)
                        .body(json("currentPassword", PASSWORD, "newPassword", "password1234"))
                        .post("/me/password")
                        .andReturn(),
                400,
                "AU-1");
        assertThat(weak.jsonPath().getList("errors.field")).containsOnly("newPassword");
        Response tooShort = assertRuleViolation(
                as(access)
                        .body(json("currentPassword", PASSWORD, "newPassword", "Qx7#mLp2vR9"))
                        .post("/me/password")
                        .andReturn(),
                400,
                "AU-1");
        assertThat(tooShort.jsonPath().getList("errors.message"))
                .containsExactly("AU-1: must be at least 12 characters");
        assertProblem(
                as(access)
                        .body(json("currentPassword", PASSWORD, "newPassword", PASSWORD))
                        .post("/me/password")
                        .andReturn(),
                400);
        Response overlong = assertProblem(
                as(access)
                        .body(json("currentPassword", "x".repeat(129), "newPassword", "Thermocycler-Lid-Hot-95C!"))
                        .post("/me/password")
                        .andReturn(),
                400);
        assertThat(overlong.jsonPath().getString("errors[0].field")).isEqualTo("currentPassword");
        assertThat(audited("login_failed", username))
                .as("input no password can be is not a failed attempt")
                .isEqualTo(1);
        loggedIn(username, PASSWORD);
    }
}
