package org.tracseq.auth.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Locale;
import java.util.UUID;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * What the auth integration tests share: requests with and without a token, the administrator the
 * test server created from configuration, users and names unique per test (the database outlives
 * test runs), and audit counts scoped to one subject.
 */
final class AuthFixture {
    /** Meets AU-1 and contains none of the generated usernames. */
    static final String PASSWORD = "Bench-Centrifuge-Quartz-42!";

    static final String ADMIN = System.getProperty("its.admin.username", "it-admin");
    static final String ADMIN_PASSWORD = System.getProperty("its.admin.password", PASSWORD);

    private AuthFixture() {}

    static RequestSpecification api() {
        return TracSeqServer.request();
    }

    static RequestSpecification as(String accessToken) {
        return api().header("Authorization", "Bearer " + accessToken);
    }

    /** A lower-case name no other test or run uses, e.g. {@code it-3f9c1a2b7e}. */
    static String uniqueName() {
        return "it-"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
    }

    static Response login(String username, String password) {
        return api().body(json("username", username, "password", password))
                .post("/login")
                .andReturn();
    }

    /** Logs in and returns the whole token response (200 asserted). */
    static Response loggedIn(String username, String password) {
        Response response = login(username, password);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response;
    }

    static String adminToken() {
        return loggedIn(ADMIN, ADMIN_PASSWORD).jsonPath().getString("accessToken");
    }

    /** Creates a user with {@link #PASSWORD}; returns its id. */
    static String createUser(String adminToken, String username, String role) {
        Response response = as(adminToken)
                .body("""
                {"username": "%s", "password": "%s", "fullName": "Test %s", "email": "%s@lab.example.org",
                 "role": "%s"}""".formatted(username, PASSWORD, username, username, role))
                .post("/users")
                .andReturn();
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        return response.jsonPath().getString("id");
    }

    /** A fresh user of {@code role}, logged in: its access token. */
    static String tokenOfNewUser(String role) {
        String username = uniqueName();
        createUser(adminToken(), username, role);
        return loggedIn(username, PASSWORD).jsonPath().getString("accessToken");
    }

    static long audited(String type, String subject) {
        return TestDatabase.queryLong(
                "SELECT count(*) FROM auth.audit_events WHERE type = ? AND subject = ?", type, subject);
    }

    static long usersNamed(String username) {
        return TestDatabase.queryLong("SELECT count(*) FROM auth.users WHERE username = ?", username);
    }

    /** A JSON object of string members, every value escaped; {@code null} values are left out. */
    static String json(String... namesAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                continue;
            }
            json.append(json.length() > 1 ? "," : "")
                    .append(quote(namesAndValues[i]))
                    .append(':')
                    .append(quote(namesAndValues[i + 1]));
        }
        return json.append('}').toString();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
