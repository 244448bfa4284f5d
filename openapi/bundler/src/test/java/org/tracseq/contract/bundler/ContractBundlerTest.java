package org.tracseq.contract.bundler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ContractBundlerTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixture");

    @Test
    void theBundleNeedsNoOtherFile() {
        String bundled = ContractBundler.bundle(FIXTURE.resolve("things.yaml"));

        assertThat(bundled).doesNotContain("common.yaml");
        OpenAPI document = new OpenAPIV3Parser().readContents(bundled).getOpenAPI();
        assertThat(document.getComponents().getSchemas()).containsKey("Problem");
        assertThat(document.getComponents().getSecuritySchemes().get("bearer").getScheme())
                .isEqualTo("bearer");
        assertThat(get(document, "/things/{id}").getResponses().get("404").get$ref())
                .isEqualTo("#/components/responses/NotFound");
    }

    @Test
    void everyOperationSaysWhoMayCallIt() {
        OpenAPI document = new OpenAPIV3Parser()
                .readContents(ContractBundler.bundle(FIXTURE.resolve("things.yaml")))
                .getOpenAPI();

        Operation guarded = get(document, "/things/{id}");
        assertThat(guarded.getDescription()).isEqualTo("One thing.\n\nRoles: guest, lab_administrator.");
        assertThat(guarded.getExtensions()).containsKey(ContractBundler.ROLES);
        assertThat(get(document, "/ping").getDescription()).isEqualTo("Open: no token needed.");
    }

    @Test
    void theRulesThatPropertiesStateAreListedForTheServices() {
        assertThat(ContractBundler.rules(FIXTURE.resolve("things.yaml"))).isEqualTo("Thing=TH-0\nThing.grams=TH-1\n");
    }

    @Test
    void anOperationWithoutRolesOrSecurityNoneIsRefused() {
        assertThatThrownBy(() -> ContractBundler.bundle(FIXTURE.resolve("unguarded.yaml")))
                .hasMessageContaining("GET /things needs exactly one of `security: []` (open) and `x-roles`");
    }

    @Test
    void anUnresolvableReferenceIsRefused() {
        assertThatThrownBy(() -> ContractBundler.bundle(FIXTURE.resolve("broken.yaml")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Gone");
    }

    private static Operation get(OpenAPI document, String path) {
        return document.getPaths().get(path).getGet();
    }
}
