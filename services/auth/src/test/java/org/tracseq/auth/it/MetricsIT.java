package org.tracseq.auth.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.auth.it.AuthFixture.PASSWORD;
import static org.tracseq.auth.it.AuthFixture.adminToken;
import static org.tracseq.auth.it.AuthFixture.api;
import static org.tracseq.auth.it.AuthFixture.createUser;
import static org.tracseq.auth.it.AuthFixture.json;
import static org.tracseq.auth.it.AuthFixture.loggedIn;
import static org.tracseq.auth.it.AuthFixture.login;
import static org.tracseq.auth.it.AuthFixture.uniqueName;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The auth counters as Prometheus reads them from {@code /metrics}: a login, failures up to a
 * lockout, a refused attempt while locked and a refresh move each by exactly what happened.
 */
class MetricsIT {
    private static final List<String> COUNTERS = List.of(
            "tracseq_auth_logins",
            "tracseq_auth_login_failures",
            "tracseq_auth_lockouts",
            "tracseq_auth_tokens_issued");
    /** A sample line of the text format: {@code name_total{labels} value}. */
    private static final Pattern SAMPLE = Pattern.compile("^(\\w+?)_total(?:\\{[^}]*})? (\\S+)$", Pattern.MULTILINE);

    private static String admin;

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
        admin = adminToken();
    }

    @Test
    void loginsFailuresLockoutsAndIssuedTokensAreCounted() {
        String username = uniqueName();
        createUser(admin, username, "guest");
        Map<String, Double> before = counters();

        String refreshToken = loggedIn(username, PASSWORD).jsonPath().getString("refreshToken");
        for (int i = 0; i < 5; i++) {
            assertProblem(login(username, "Wrong-Password-" + i + "!"), 401);
        }
        // Locked: refused unchecked, so neither a failure nor a login.
        assertRuleViolation(login(username, PASSWORD), 423, "AU-2");
        Response refreshed =
                api().body(json("refreshToken", refreshToken)).post("/refresh").andReturn();
        assertThat(refreshed.statusCode()).as(refreshed.asString()).isEqualTo(200);

        Map<String, Double> after = counters();
        assertThat(moved(before, after, "tracseq_auth_logins")).isEqualTo(1);
        assertThat(moved(before, after, "tracseq_auth_login_failures")).isEqualTo(5);
        assertThat(moved(before, after, "tracseq_auth_lockouts")).isEqualTo(1);
        assertThat(moved(before, after, "tracseq_auth_tokens_issued"))
                .as("the login's access token and the refresh's")
                .isEqualTo(2);
    }

    private static double moved(Map<String, Double> before, Map<String, Double> after, String counter) {
        assertThat(after).as("%s is published", counter).containsKey(counter);
        return after.get(counter) - before.getOrDefault(counter, 0.0);
    }

    /** The auth counters now, by name; a counter not registered yet is missing. */
    private static Map<String, Double> counters() {
        Response metrics = RestAssured.given()
                .accept("text/plain")
                .get(TracSeqServer.managementUrl() + "/metrics?scope=application")
                .andReturn();
        assertThat(metrics.statusCode()).isEqualTo(200);
        Map<String, Double> values = new HashMap<>();
        Matcher sample = SAMPLE.matcher(metrics.asString());
        while (sample.find()) {
            if (COUNTERS.contains(sample.group(1))) {
                values.merge(sample.group(1), Double.parseDouble(sample.group(2)), Double::sum);
            }
        }
        return values;
    }
}
