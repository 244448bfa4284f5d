package org.tracseq.contract.bundler;

import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bundles a contract into the self-contained document its service serves: references to
 * {@code common.yaml} are copied into the document's own components (as openapi-generator resolves
 * them for the generated code), and each operation's description ends by saying who may call it,
 * from its {@code x-roles} or its {@code security: []}, so the roles show in any Swagger UI.
 *
 * <p>Usage: {@code ContractBundler <contract.yaml> <bundled.yaml>}. Fails, writing nothing, when
 * the parser finds the contract invalid or an operation declares neither its roles nor that it is
 * open.
 */
public final class ContractBundler {
    /** The operation extension listing the role wire values an operation admits. */
    public static final String ROLES = "x-roles";

    /** The extension naming the DOMAIN.md rule the constraints of a schema, or of one property, state. */
    public static final String RULE = "x-rule";

    private ContractBundler() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: ContractBundler <contract.yaml> <bundled.yaml>");
        }
        Path target = Path.of(args[1]);
        String bundled = bundle(Path.of(args[0]));
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, bundled);
        String name = target.getFileName().toString().replaceFirst("\\.yaml$", "");
        Files.writeString(target.resolveSibling(name + ".rules.properties"), rules(Path.of(args[0])));
    }

    /**
     * The rules the contract's schemas and schema properties state ({@code x-rule}), one
     * {@code Schema=RULE} or {@code Schema.property=RULE} a line, sorted: the services attach them to
     * the refusals of those constraints. On a schema it covers all its properties, and it is the
     * only way to name the rule of a property that is a {@code $ref} (whose siblings OpenAPI 3.0
     * ignores).
     */
    public static String rules(Path contract) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI document = new OpenAPIV3Parser().read(contract.toUri().toString(), null, options);
        Map<String, String> rules = new TreeMap<>();
        if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
            document.getComponents().getSchemas().forEach((schemaName, schema) -> {
                Object schemaRule = schema.getExtensions() == null
                        ? null
                        : schema.getExtensions().get(RULE);
                if (schemaRule != null) {
                    rules.put(schemaName, schemaRule.toString());
                }
                @SuppressWarnings("rawtypes")
                Map<String, Schema> properties = schema.getProperties();
                if (properties != null) {
                    properties.forEach((property, definition) -> {
                        Object rule = definition.getExtensions() == null
                                ? null
                                : definition.getExtensions().get(RULE);
                        if (rule != null) {
                            rules.put(schemaName + "." + property, rule.toString());
                        }
                    });
                }
            });
        }
        StringBuilder lines = new StringBuilder();
        rules.forEach((key, rule) -> lines.append(key).append('=').append(rule).append('\n'));
        return lines.toString();
    }

    /** The bundled document as YAML. */
    public static String bundle(Path contract) {
        ParseOptions options = new ParseOptions();
        // Copies what an external $ref points to into components and points the $ref there.
        options.setResolve(true);
        SwaggerParseResult result =
                new OpenAPIV3Parser().readLocation(contract.toUri().toString(), null, options);
        List<String> problems = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
        OpenAPI document = result.getOpenAPI();
        if (document != null) {
            problems.addAll(describeAccess(document));
        }
        if (document == null || !problems.isEmpty()) {
            throw new IllegalStateException(contract + " is not a valid contract:\n  " + String.join("\n  ", problems));
        }
        try {
            return Yaml.pretty().writeValueAsString(document);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the bundled " + contract, e);
        }
    }

    /** Appends who may call it to every operation's description; the operations that say neither. */
    private static List<String> describeAccess(OpenAPI document) {
        List<String> problems = new ArrayList<>();
        if (document.getSecurity() == null || document.getSecurity().isEmpty()) {
            problems.add("no global security requirement (security: [{bearer: []}])");
        }
        document.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    String name = method + " " + path;
                    boolean open = operation.getSecurity() != null
                            && operation.getSecurity().isEmpty();
                    List<String> roles = roles(operation);
                    if (open == (roles != null)) {
                        problems.add(name + " needs exactly one of `security: []` (open) and `" + ROLES + "`");
                    } else if (!open && roles.isEmpty()) {
                        problems.add(name + " has an empty `" + ROLES + "`");
                    } else {
                        append(operation, open ? "Open: no token needed." : "Roles: " + String.join(", ", roles) + ".");
                    }
                }));
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(Operation operation) {
        Map<String, Object> extensions = operation.getExtensions();
        Object roles = extensions == null ? null : extensions.get(ROLES);
        return roles == null ? null : List.copyOf((List<String>) roles);
    }

    private static void append(Operation operation, String access) {
        String description = operation.getDescription();
        operation.setDescription(
                description == null || description.isBlank() ? access : description.stripTrailing() + "\n\n" + access);
    }
}
