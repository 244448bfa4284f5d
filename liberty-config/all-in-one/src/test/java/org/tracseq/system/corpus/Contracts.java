package org.tracseq.system.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads every contract in {@code openapi/} into {@link Operation}s: a new service's contract is in
 * the corpus as soon as its file is in the folder. References into another file of the folder
 * ({@code common.yaml#/components/...}) are followed; a file without paths (common.yaml) is no
 * contract of its own. The gateway's own contract (gateway.yaml: health, dashboard, the operators'
 * route switch) is not a service's and is left to the gateway's tests.
 */
final class Contracts {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    // Deeper than any real schema; stops a recursive schema from expanding for ever.
    private static final int MAX_REF_DEPTH = 12;

    private Contracts() {}

    /** Every operation of every {@code openapi/*.yaml} under {@code root}. */
    static List<Operation> readAll(Path root) {
        try (Stream<Path> files = Files.list(root.resolve("openapi"))) {
            return files.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals("gateway.yaml"))
                    .sorted()
                    .flatMap(file -> read(file).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Operation> read(Path file) {
        String service = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        Document document = Document.load(file);
        List<Operation> operations = new ArrayList<>();
        var paths = (Map<String, Map<String, Object>>) document.tree().getOrDefault("paths", Map.of());
        paths.forEach((path, item) -> {
            List<Object> shared = (List<Object>) item.getOrDefault("parameters", List.of());
            item.forEach((method, value) -> {
                var operation = (Map<String, Object>) value;
                if (METHODS.contains(method) && !streams(operation)) {
                    List<Object> own = (List<Object>) operation.getOrDefault("parameters", List.of());
                    operations.add(new Operation(
                            service,
                            method,
                            path,
                            Stream.concat(shared.stream(), own.stream())
                                    .map(p -> parameter(document, p))
                                    .toList(),
                            body(document, (Map<String, Object>) operation.get("requestBody"))));
                }
            });
        });
        return operations;
    }

    /**
     * Whether the operation answers a live stream (server-sent events): a bad input it let through
     * would open a stream that never ends, so its refusals are tested by the events service's
     * {@code StreamIT} instead.
     */
    @SuppressWarnings("unchecked")
    private static boolean streams(Map<String, Object> operation) {
        var responses = (Map<String, Map<String, Object>>) operation.getOrDefault("responses", Map.of());
        var ok = responses.getOrDefault("200", Map.of());
        var content = (Map<String, Object>) ok.getOrDefault("content", Map.of());
        return content.containsKey("text/event-stream");
    }

    @SuppressWarnings("unchecked")
    private static Operation.Parameter parameter(Document document, Object node) {
        var parameter = (Map<String, Object>) resolve(document, node, 0);
        return new Operation.Parameter(
                (String) parameter.get("name"),
                (String) parameter.get("in"),
                Boolean.TRUE.equals(parameter.get("required")),
                (Map<String, Object>) parameter.getOrDefault("schema", Map.of()));
    }

    @SuppressWarnings("unchecked")
    private static Operation.RequestBody body(Document document, Map<String, Object> node) {
        if (node == null) {
            return null;
        }
        var body = (Map<String, Object>) resolve(document, node, 0);
        var content = (Map<String, Map<String, Object>>) body.get("content");
        // The first media type is the one the contract leads with (merge-patch for a PATCH).
        var first = content.entrySet().iterator().next();
        return new Operation.RequestBody(
                first.getKey(), Boolean.TRUE.equals(body.get("required")), (Map<String, Object>)
                        first.getValue().getOrDefault("schema", Map.of()));
    }

    /** {@code node} with every {@code $ref} replaced by what it points to and every {@code allOf} merged. */
    @SuppressWarnings("unchecked")
    private static Object resolve(Document document, Object node, int depth) {
        if (node instanceof List<?> list) {
            return list.stream().map(item -> resolve(document, item, depth)).toList();
        }
        if (!(node instanceof Map<?, ?>)) {
            return node;
        }
        var map = (Map<String, Object>) node;
        if (map.containsKey("$ref")) {
            if (depth > MAX_REF_DEPTH) {
                return Map.of();
            }
            String ref = (String) map.get("$ref");
            int hash = ref.indexOf('#');
            // What another file's node refers to is resolved in that file.
            Document target = hash == 0 ? document : document.sibling(ref.substring(0, hash));
            return resolve(target, target.lookUp(ref.substring(hash)), depth + 1);
        }
        Map<String, Object> resolved = new LinkedHashMap<>();
        map.forEach((key, value) -> resolved.put(key, resolve(document, value, depth)));
        if (resolved.containsKey("allOf")) {
            return mergeAllOf(resolved);
        }
        return resolved;
    }

    /** An {@code allOf} as one schema: the parts' keys, properties and required members together. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> mergeAllOf(Map<String, Object> schema) {
        Map<String, Object> merged = new LinkedHashMap<>();
        Map<String, Object> properties = new LinkedHashMap<>();
        Set<Object> required = new LinkedHashSet<>();
        List<Map<String, Object>> parts = new ArrayList<>((List<Map<String, Object>>) schema.remove("allOf"));
        parts.add(schema);
        for (Map<String, Object> part : parts) {
            part.forEach((key, value) -> {
                switch (key) {
                    case "properties" -> properties.putAll((Map<String, Object>) value);
                    case "required" -> required.addAll((List<Object>) value);
                    default -> merged.put(key, value);
                }
            });
        }
        if (!properties.isEmpty()) {
            merged.put("properties", properties);
        }
        if (!required.isEmpty()) {
            merged.put("required", List.copyOf(required));
        }
        return merged;
    }

    /** One YAML file of the folder. */
    private record Document(Path file, Map<String, Object> tree) {
        static Document load(Path file) {
            try {
                return new Document(file, new Yaml().load(Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Another file of the same folder, e.g. {@code common.yaml}. */
        Document sibling(String name) {
            return load(file.resolveSibling(name));
        }

        @SuppressWarnings("unchecked")
        Object lookUp(String pointer) {
            Object node = tree;
            for (String step : pointer.substring("#/".length()).split("/")) {
                node = ((Map<String, Object>) node).get(step);
            }
            if (node == null) {
                throw new IllegalStateException("Unresolvable $ref " + file.getFileName() + pointer);
            }
            return node;
        }
    }
}
