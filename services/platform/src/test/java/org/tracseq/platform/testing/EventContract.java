package org.tracseq.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/**
 * The events contract, {@code openapi/events.asyncapi.yaml}: a stream entry a service published
 * conforms when its type has a message there, in the channel of its family, and its fields (the
 * envelope, with the payload parsed) validate against that message's payload schema.
 *
 * <pre>
 * REDIS.xrange("tracseq:events:samples", "-", "+").forEach(e -> EventContract.assertConforms(e.getFields()));
 * </pre>
 */
public final class EventContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DOCUMENT = load();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.byDefault();

    private EventContract() {}

    /** The file, from {@code tracseq.root} or, in a module's unit tests, the nearest folder above holding it. */
    public static Path file() {
        Path start = Path.of(System.getProperty("tracseq.root", System.getProperty("user.dir")))
                .toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("openapi/events.asyncapi.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No openapi/events.asyncapi.yaml in or above " + start);
    }

    /** Every event type the contract declares (its messages' names). */
    public static Set<String> types() {
        Set<String> types = new TreeSet<>();
        DOCUMENT.path("components").path("messages").fieldNames().forEachRemaining(types::add);
        return types;
    }

    /** The channel (stream address) that carries {@code type}'s messages. */
    public static String addressOf(String type) {
        String family = type.substring(0, type.indexOf('.'));
        return DOCUMENT.path("channels").path(family).path("address").asText(null);
    }

    public static void assertDeclared(String type) {
        assertThat(types()).as("event types in %s", file()).contains(type);
        String family = type.substring(0, type.indexOf('.'));
        assertThat(DOCUMENT.path("channels").path(family).path("messages").has(type))
                .as("%s is a message of channel %s", type, family)
                .isTrue();
        assertThat(addressOf(type)).isEqualTo("tracseq:events:" + family);
    }

    /** {@code fields}, a stream entry as Redis returns it, is an event the contract declares, in its shape. */
    public static void assertConforms(Map<String, String> fields) {
        String type = fields.get("type");
        assertThat(type).as("type of %s", fields).isNotNull();
        assertDeclared(type);
        ProcessingReport report;
        try {
            JsonSchema schema = SCHEMAS.getJsonSchema(DOCUMENT, "/components/messages/" + type + "/payload");
            report = schema.validate(entry(fields), true);
        } catch (ProcessingException e) {
            throw new AssertionError("Cannot check " + type + " against " + file() + ": " + e.getMessage(), e);
        }
        assertThat(report.isSuccess())
                .as("%s conforms to its message in %s:%n%s%n%s", type, file(), fields, report)
                .isTrue();
    }

    /** The entry as JSON: strings as they are, the version a number, the payload parsed. */
    private static JsonNode entry(Map<String, String> fields) {
        ObjectNode entry = JSON.createObjectNode();
        fields.forEach((name, value) -> {
            try {
                switch (name) {
                    case "version" -> entry.put(name, Long.parseLong(value));
                    case "payload" -> entry.set(name, JSON.readTree(value));
                    default -> entry.put(name, value);
                }
            } catch (IOException | NumberFormatException e) {
                throw new AssertionError("Field " + name + " of " + fields + " is not what the envelope says", e);
            }
        });
        return entry;
    }

    private static JsonNode load() {
        try (Reader reader = Files.newBufferedReader(file())) {
            Object yaml = new Yaml().load(reader);
            return JSON.valueToTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
