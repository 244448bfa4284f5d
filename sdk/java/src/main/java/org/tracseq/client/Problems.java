package org.tracseq.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.tracseq.client.invoker.ApiClient;
import org.tracseq.client.model.Problem;

/** Turns problem answers into {@link ProblemException}s before the generated code sees them. */
final class Problems {
    private static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper json;

    Problems(ObjectMapper json) {
        this.json = json;
    }

    /** Throws for an error with a problem body; returns anything else as it came. */
    HttpResponse<InputStream> throwIfProblem(HttpResponse<InputStream> response) {
        boolean problem = response.headers()
                .firstValue("Content-Type")
                .map(type -> type.startsWith(PROBLEM_JSON))
                .orElse(false);
        if (response.statusCode() < 400 || !problem) {
            return response;
        }
        try (InputStream in = ApiClient.getResponseBody(response)) {
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            throw new ProblemException(
                    json.readValue(body, Problem.class), response.statusCode(), response.headers(), body);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the problem answer", e);
        }
    }
}
