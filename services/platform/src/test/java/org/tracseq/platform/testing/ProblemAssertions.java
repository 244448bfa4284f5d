package org.tracseq.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;

/** Checks an error response is a proper RFC 9457 problem. */
public final class ProblemAssertions {
    private ProblemAssertions() {}

    /** Asserts status, problem+json content type and a filled-in type, title and detail; returns the response. */
    public static Response assertProblem(Response response, int status) {
        assertThat(response.statusCode())
                .as("status of %s", response.asString())
                .isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.jsonPath().getString("type")).startsWith("https://tracseq.org/problems/");
        assertThat(response.jsonPath().getString("title")).isNotBlank();
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
        return response;
    }

    /** Also asserts the problem names the DOMAIN.md rule that refused the request. */
    public static Response assertRuleViolation(Response response, int status, String ruleId) {
        assertProblem(response, status);
        assertThat(response.jsonPath().getString("rule")).isEqualTo(ruleId);
        return response;
    }
}
