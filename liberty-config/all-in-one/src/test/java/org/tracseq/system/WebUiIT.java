package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The web UI served at / by the gateway, and its end-to-end run (frontend/e2e/run.mjs: Debian's
 * Chromium driven by playwright-core, axe-core on each screen) against this suite's server as the
 * seeded administrator.
 */
@MicroShedTest
class WebUiIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path FRONTEND = Path.of(System.getProperty("tracseq.root"), "frontend");

    /** Plain HTTP: the page and its assets are not API operations, which the other tests hold to the contract. */
    @Test
    void thePageIsServedWithAStrictContentSecurityPolicy() throws IOException, InterruptedException {
        TracSeqServer.awaitReady();
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("script-src 'self'"));
        assertThat(page.body()).contains("<div id=\"root\"></div>");

        HttpResponse<String> missing = get("/assets/missing.js");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(TracSeqServer.rootUrl() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theEndToEndStoryPassesInABrowser() throws IOException, InterruptedException {
        TracSeqServer.awaitReady();
        NodeRun.succeeds(FRONTEND, FRONTEND.resolve("target/e2e.log"), Duration.ofMinutes(6), "node", "e2e/run.mjs");
    }
}
