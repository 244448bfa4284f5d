package org.tracseq.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tracseq.platform.security.Role;
import org.yaml.snakeyaml.Yaml;

/**
 * A service's contract as the build bundled it ({@code META-INF/tracseq/openapi/<name>.yaml} in its
 * contract jar, common.yaml resolved in): its operations with who may call them.
 */
public final class Contract {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final String name;
    private final Map<String, Object> document;

    private Contract(String name, Map<String, Object> document) {
        this.name = name;
        this.document = document;
    }

    /** The bundled contract named {@code name}, from the contract jar on the class path. */
    public static Contract of(String name) {
        String resource = "META-INF/tracseq/openapi/" + name + ".yaml";
        try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "No " + resource + " on the class path: is tracseq-contract-" + name + " a dependency?");
            }
            return new Contract(name, new Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    /** The whole document as a YAML tree. */
    public Map<String, Object> document() {
        return document;
    }

    /**
     * One operation.
     *
     * @param method lower case, as in the document
     * @param path relative to the server URL, e.g. {@code /{sampleId}/status}
     * @param open {@code security: []}: no token needed
     * @param roles its {@code x-roles}, the roles it admits (empty when open)
     * @param contentType the request body's first media type, if it takes a body
     */
    public record Operation(
            String method, String path, String id, boolean open, List<String> roles, Optional<String> contentType) {

        /** The lowest of its roles; empty when open. */
        public Optional<Role> lowestRole() {
            return roles.stream().map(Role::fromWire).flatMap(Optional::stream).min(Enum::compareTo);
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + id + ")";
        }
    }

    @SuppressWarnings("unchecked")
    public List<Operation> operations() {
        var paths = (Map<String, Map<String, Object>>) document.get("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (METHODS.contains(method)) {
                var operation = (Map<String, Object>) value;
                List<?> security = (List<?>) operation.get("security");
                operations.add(new Operation(
                        method,
                        path,
                        (String) operation.get("operationId"),
                        security != null && security.isEmpty(),
                        List.copyOf((List<String>) operation.getOrDefault("x-roles", List.of())),
                        contentType(operation)));
            }
        }));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> contentType(Map<String, Object> operation) {
        var body = (Map<String, Object>) operation.get("requestBody");
        return body == null
                ? Optional.empty()
                : Optional.of(((Map<String, Object>) body.get("content"))
                        .keySet()
                        .iterator()
                        .next());
    }
}
