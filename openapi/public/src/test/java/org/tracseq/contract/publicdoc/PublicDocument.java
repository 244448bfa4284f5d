package org.tracseq.contract.publicdoc;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Builds the gateway's public document from the contracts, each as openapi/bundler bundled it
 * (common.yaml's parts copied in, the roles appended to each description): every service's
 * operations under {@code /api} + its server path, the gateway's own operations as they are, one
 * set of components.
 *
 * <ul>
 *   <li>A component two contracts define identically is kept once; one they define differently is
 *       the later contract's {@code <Service><Name>} (e.g. {@code SamplesAuditPage}), so a name in
 *       the public document means one thing. Contracts are taken in the order given, so names only
 *       change when a new contract brings a clash.
 *   <li>A contract's global {@code security} moves onto each of its operations that does not say
 *       its own, because the public document has no single default.
 *   <li>Each service operation declares the gateway's own 429 and 503 (the gateway contract's
 *       responses) unless it declares its own: the gateway may answer any of them so.
 *   <li>Each operation names its contract in {@code x-service} ({@code samples}, {@code gateway}):
 *       the SDKs make one API class per service from it.
 *   <li>Two operations with the same {@code operationId}, or two security schemes of one name that
 *       differ, are an error: SDKs name methods and schemes by them.
 * </ul>
 *
 * The result is checked by swagger-parser before it is written. Run by the build
 * (openapi/public/pom.xml); it lives in the test sources so the published jar holds the document only.
 */
public final class PublicDocument {
    private static final String COMPONENTS = "#/components/";
    /** The gateway's own answers on any forwarded operation, and the gateway contract's responses for them. */
    private static final Map<String, String> GATEWAY_REFUSALS =
            new TreeMap<>(Map.of("429", "TooManyRequests", "503", "Unavailable"));

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final Map<String, Object> paths = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> components = new LinkedHashMap<>();
    private final Map<String, Object> tags = new LinkedHashMap<>();
    private final Map<String, String> operationIds = new HashMap<>();

    /**
     * Arguments: the output file, the version, then the contracts by name, the gateway's first. Each
     * is read bundled (self-contained, openapi/bundler) from the class path, where the contract jars
     * and this module's own bundle of gateway.yaml put them.
     */
    public static void main(String[] args) throws IOException {
        Path output = Path.of(args[0]);
        PublicDocument document = new PublicDocument();
        for (int i = 2; i < args.length; i++) {
            document.add(args[i], bundled(args[i]), i > 2);
        }
        String yaml = dump(document.build(args[1]));
        requireValid(yaml);
        Files.createDirectories(output.getParent());
        Files.writeString(output, yaml);
    }

    private static String bundled(String contract) throws IOException {
        String resource = "/META-INF/tracseq/openapi/" + contract + ".yaml";
        try (InputStream in = PublicDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the class path (openapi/public/pom.xml)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Adds one bundled contract. {@code underApi}: a service's contract, whose paths are below its
     * server path, below {@code /api}; the gateway's own paths are public as they are.
     */
    public void add(String service, String bundledYaml, boolean underApi) {
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(bundledYaml);
        if (underApi) {
            declareGatewayRefusals(document);
        }
        renameClashes(document, service);

        String prefix = underApi ? "/api" + serverPath(document, service) : "";
        Object security = document.get("security");
        for (Map.Entry<String, Object> path : map(document.get("paths")).entrySet()) {
            Map<String, Object> item = map(path.getValue());
            for (Map.Entry<String, Object> operation : item.entrySet()) {
                if (METHODS.contains(operation.getKey())) {
                    Map<String, Object> op = map(operation.getValue());
                    if (security != null) {
                        op.putIfAbsent("security", copy(security));
                    }
                    op.put("x-service", service);
                    claimOperationId(op, service);
                }
            }
            if (paths.putIfAbsent(prefix + path.getKey(), item) != null) {
                throw new IllegalArgumentException("Two contracts have the path " + prefix + path.getKey());
            }
        }
        for (Object tag : list(document.get("tags"))) {
            tags.putIfAbsent(String.valueOf(map(tag).get("name")), tag);
        }
        for (Map.Entry<String, Object> kind :
                map(document.getOrDefault("components", Map.of())).entrySet()) {
            Map<String, Object> merged = components.computeIfAbsent(kind.getKey(), k -> new LinkedHashMap<>());
            for (Map.Entry<String, Object> component : map(kind.getValue()).entrySet()) {
                Object before = merged.putIfAbsent(component.getKey(), component.getValue());
                if (before != null && !before.equals(component.getValue())) {
                    // renameClashes left only security schemes, which cannot be renamed silently.
                    throw new IllegalArgumentException(
                            service + " defines " + kind.getKey() + " " + component.getKey() + " differently");
                }
            }
        }
    }

    /**
     * The gateway may answer any forwarded operation itself with 429 (rate limit) or 503 (breaker
     * open, no instance): declared on each, unless the service does, with the responses of the
     * gateway's contract (which is merged first).
     */
    private static void declareGatewayRefusals(Map<String, Object> document) {
        for (Object item : map(document.get("paths")).values()) {
            for (Map.Entry<String, Object> operation : map(item).entrySet()) {
                if (METHODS.contains(operation.getKey())) {
                    Map<String, Object> responses =
                            map(map(operation.getValue()).get("responses"));
                    GATEWAY_REFUSALS.forEach((status, response) -> responses.computeIfAbsent(
                            status, s -> new LinkedHashMap<>(Map.of("$ref", COMPONENTS + "responses/" + response))));
                }
            }
        }
    }

    public Map<String, Object> build(String version) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "TracSeq API");
        info.put("version", version);
        info.put(
                "description",
                "Every TracSeq operation as the gateway publishes it: each service's under /api/<service>,"
                        + " and the gateway's own. Built from openapi/*.yaml; each operation lists the roles"
                        + " it allows in x-roles.");
        Map<String, Object> gateway = new LinkedHashMap<>();
        gateway.put("url", "http://localhost:8089");
        gateway.put("description", "The gateway");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", info);
        document.put("servers", List.of(gateway));
        document.put("tags", new ArrayList<>(tags.values()));
        document.put("paths", paths);
        document.put("components", components);
        return document;
    }

    /** The path of the contract's first server URL, e.g. {@code /samples}. */
    private static String serverPath(Map<String, Object> document, String contract) {
        List<Object> servers = list(document.get("servers"));
        if (servers.isEmpty()) {
            throw new IllegalArgumentException(contract + " names no server, so its public path is unknown");
        }
        String path = URI.create(String.valueOf(map(servers.get(0)).get("url"))).getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private void claimOperationId(Map<String, Object> operation, String contract) {
        Object id = operation.get("operationId");
        if (id == null) {
            throw new IllegalArgumentException(contract + " has an operation without an operationId");
        }
        String before = operationIds.putIfAbsent(id.toString(), contract);
        if (before != null) {
            throw new IllegalArgumentException("operationId " + id + " is in both " + before + " and " + contract);
        }
    }

    /**
     * Renames the contract's components that clash with different ones already merged, and its
     * references to them; until none is left, since a renamed schema changes what refers to it.
     */
    private void renameClashes(Map<String, Object> document, String service) {
        String servicePrefix = service.substring(0, 1).toUpperCase(Locale.ROOT) + service.substring(1);
        Map<String, Object> own = map(document.getOrDefault("components", Map.of()));
        while (true) {
            Map<String, String> renamed = new HashMap<>();
            for (Map.Entry<String, Object> kind : own.entrySet()) {
                if (kind.getKey().equals("securitySchemes")) {
                    continue;
                }
                Map<String, Object> merged = components.getOrDefault(kind.getKey(), Map.of());
                Map<String, Object> renamedKind = new LinkedHashMap<>();
                for (Map.Entry<String, Object> component : map(kind.getValue()).entrySet()) {
                    String name = component.getKey();
                    Object before = merged.get(name);
                    if (before != null && !before.equals(component.getValue())) {
                        String newName = servicePrefix + name;
                        renamed.put(
                                COMPONENTS + kind.getKey() + "/" + name, COMPONENTS + kind.getKey() + "/" + newName);
                        name = newName;
                    }
                    renamedKind.put(name, component.getValue());
                }
                kind.setValue(renamedKind);
            }
            if (renamed.isEmpty()) {
                return;
            }
            rewriteReferences(document, renamed);
        }
    }

    private static void rewriteReferences(Object node, Map<String, String> renamed) {
        if (node instanceof Map<?, ?> raw) {
            Map<String, Object> object = map(raw);
            if (object.get("$ref") instanceof String ref && renamed.containsKey(ref)) {
                object.put("$ref", renamed.get(ref));
            }
            object.values().forEach(child -> rewriteReferences(child, renamed));
        } else if (node instanceof List<?> items) {
            items.forEach(child -> rewriteReferences(child, renamed));
        }
    }

    static void requireValid(String yaml) {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, null);
        if (result.getOpenAPI() == null
                || (result.getMessages() != null && !result.getMessages().isEmpty())) {
            throw new IllegalStateException("The public document is not valid OpenAPI: " + result.getMessages());
        }
    }

    static String dump(Map<String, Object> document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setSplitLines(false);
        Yaml yaml = new Yaml(new Representer(options), options);
        return yaml.dump(document);
    }

    private static Object copy(Object node) {
        if (node instanceof Map<?, ?> raw) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map(raw).forEach((key, value) -> copy.put(key, copy(value)));
            return copy;
        }
        if (node instanceof List<?> items) {
            List<Object> copy = new ArrayList<>();
            items.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? new LinkedHashMap<>() : (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        return node == null ? List.of() : (List<Object>) node;
    }
}
