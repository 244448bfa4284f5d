package org.tracseq.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/**
 * Proves a running service serves the API its contract describes: the same paths, operations and
 * response status codes in its {@code /openapi} document as in its bundled contract ({@link
 * Contract}). The service serves that very document, so this only shows it is being served.
 */
public final class ContractConformance {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private ContractConformance() {}

    public static void assertMatches(String contractName) {
        // Both documents' paths are relative to their server URL, i.e. below the context root.
        Map<String, Object> served = new Yaml().load(TracSeqServer.fetch("/openapi"));
        assertThat(operations(served))
                .as("operations and status codes served vs. contract %s", contractName)
                .isEqualTo(operations(Contract.of(contractName).document()));
    }

    /** Lines such as {@code POST /generate 201} for every operation and declared response. */
    @SuppressWarnings("unchecked")
    static Set<String> operations(Map<String, Object> document) {
        Set<String> result = new TreeSet<>();
        var paths = (Map<String, Map<String, Object>>) document.get("paths");
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            var responses = (Map<Object, Object>) ((Map<String, Object>) operation).get("responses");
            responses
                    .keySet()
                    .forEach(status -> result.add(method.toUpperCase() + " " + normalise(path) + " " + status));
        }));
        return result;
    }

    private static String normalise(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
