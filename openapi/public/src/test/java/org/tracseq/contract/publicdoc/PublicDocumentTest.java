package org.tracseq.contract.publicdoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracseq.contract.bundler.ContractBundler;

/** The merge rules of {@link PublicDocument}, on small contracts in src/test/resources/publicdoc, bundled as the build bundles them. */
class PublicDocumentTest {
    private final Map<String, Object> merged = merge("alpha", "beta");

    @Test
    void servicePathsGoBelowApiAndTheirServerPathAndTheGatewaysStayAsTheyAre() {
        assertThat(at(merged, "paths").keySet())
                .containsExactly("/api/health", "/api/alpha/things/{id}", "/api/alpha/open", "/api/beta/things");
    }

    @Test
    void whatTheContractsTakeFromCommonYamlIsInTheDocumentOnce() {
        assertThat(at(merged, "components", "responses").keySet())
                .containsExactlyInAnyOrder("Problem", "TooManyRequests", "Unavailable");
        assertThat(at(merged, "components", "schemas").keySet())
                .contains("Problem", "FieldError") // FieldError only through Problem
                .doesNotContain("BetaProblem");
        assertThat(at(merged, "components", "securitySchemes", "bearer")).containsEntry("scheme", "bearer");
        assertThat(at(merged, "paths", "/api/beta/things", "post", "responses", "400"))
                .containsEntry("$ref", "#/components/responses/Problem");
    }

    @Test
    void aSchemaTwoContractsDefineDifferentlyIsTheLaterOnesUnderItsServiceName() {
        assertThat(at(merged, "components", "schemas", "Thing", "properties").keySet())
                .containsExactly("name");
        assertThat(at(merged, "components", "schemas", "BetaThing", "properties")
                        .keySet())
                .containsExactly("weight");
        assertThat(at(merged, "components", "schemas", "ThingList", "items"))
                .as("what refers to a renamed schema follows it; a name without a clash stays")
                .containsEntry("$ref", "#/components/schemas/BetaThing");
        assertThat(at(
                        merged,
                        "paths",
                        "/api/beta/things",
                        "post",
                        "requestBody",
                        "content",
                        "application/json",
                        "schema"))
                .containsEntry("$ref", "#/components/schemas/BetaThing");
    }

    @Test
    void aContractsDefaultSecurityIsWrittenOnEachOfItsOperationsAndAnOpenOneStaysOpen() {
        assertThat(at(merged, "paths", "/api/alpha/things/{id}", "get").get("security"))
                .isEqualTo(List.of(Map.of("bearer", List.of())));
        assertThat(at(merged, "paths", "/api/alpha/things/{id}", "get").get("x-roles"))
                .isEqualTo(List.of("guest"));
        assertThat(at(merged, "paths", "/api/alpha/open", "get").get("security"))
                .isEqualTo(List.of());
        assertThat(merged).doesNotContainKey("security");
    }

    @Test
    void everyForwardedOperationDeclaresTheGatewaysOwnRefusals() {
        assertThat(at(merged, "paths", "/api/beta/things", "post", "responses").keySet())
                .contains("201", "400", "429", "503");
        assertThat(at(merged, "paths", "/api/beta/things", "post", "responses", "503"))
                .containsEntry("$ref", "#/components/responses/Unavailable");
        assertThat(at(merged, "paths", "/api/health", "get", "responses").keySet())
                .doesNotContain("429");
    }

    @Test
    void everyOperationNamesItsContract() {
        assertThat(at(merged, "paths", "/api/alpha/open", "get")).containsEntry("x-service", "alpha");
        assertThat(at(merged, "paths", "/api/beta/things", "post")).containsEntry("x-service", "beta");
        assertThat(at(merged, "paths", "/api/health", "get")).containsEntry("x-service", "gateway");
    }

    @Test
    void theResultIsValidOpenApi() {
        PublicDocument.requireValid(PublicDocument.dump(merged));
    }

    @Test
    void twoOperationsWithOneIdAreRefused() {
        assertThatThrownBy(() -> merge("alpha", "twice")).hasMessageContaining("operationId getThing");
    }

    /** Merges the fixtures as the build does: each bundled first (openapi/bundler). */
    private static Map<String, Object> merge(String... services) {
        PublicDocument document = new PublicDocument();
        document.add("gateway", bundled("gateway"), false);
        for (String service : services) {
            document.add(service, bundled(service), true);
        }
        return document.build("1.0");
    }

    private static String bundled(String contract) {
        try {
            return ContractBundler.bundle(Path.of(PublicDocumentTest.class
                    .getResource("/publicdoc/" + contract + ".yaml")
                    .toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> tree, String... keys) {
        Map<String, Object> node = tree;
        for (String key : keys) {
            node = (Map<String, Object>) node.getOrDefault(key, Map.of());
        }
        return node;
    }
}
