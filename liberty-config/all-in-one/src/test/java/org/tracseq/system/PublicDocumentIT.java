package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.platform.testing.TracSeqServer;
import org.yaml.snakeyaml.Yaml;

/**
 * The gateway publishes one document for the whole API ({@code /api/openapi}) and a browsable view
 * of it ({@code /api/docs}), to anyone, as a developer meets them before having a token.
 */
@MicroShedTest
class PublicDocumentIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentHoldsEveryServiceUnderApiAndNamesTheGateway() {
        Response answer = RestAssured.get(TracSeqServer.rootUrl() + "/api/openapi");
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/yaml");
        Map<String, Object> document = new Yaml().load(answer.asString());
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        assertThat(paths)
                .containsKeys(
                        "/api/health",
                        "/api/auth/login",
                        "/api/samples/",
                        "/api/barcodes/generate",
                        "/api/storage/placements");
        assertThat(paths.keySet()).allMatch(path -> path.startsWith("/api/"));
        assertThat(document.get("servers").toString()).contains("http://localhost:8089");
    }

    @Test
    void theDocsPageLoadsSwaggerUiFromTheGateway() {
        Response page = RestAssured.get(TracSeqServer.rootUrl() + "/api/docs");
        assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString()).contains("docs/swagger-ui-bundle.js", "url: \"openapi\"");

        Response script = RestAssured.get(TracSeqServer.rootUrl() + "/api/docs/swagger-ui-bundle.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.contentType()).startsWith("text/javascript");
        assertThat(script.asByteArray().length).isGreaterThan(100_000);

        assertProblem(RestAssured.get(TracSeqServer.rootUrl() + "/api/docs/index.html"), 404);
    }
}
