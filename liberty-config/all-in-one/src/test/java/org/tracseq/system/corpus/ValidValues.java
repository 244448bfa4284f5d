package org.tracseq.system.corpus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A value the contract accepts for a schema: the base every mutation changes one thing of, so the
 * one bad thing is the reason for a refusal. Ids name things that exist ({@code fixtures}, by
 * field name) wherever the corpus made one.
 */
final class ValidValues {
    private final Map<String, String> fixtures;

    /**
     * @param fixtures values by name ({@code sampleId}), or by service and name ({@code
     *     storage.parentId}) where the same name means different things in two services
     */
    ValidValues(Map<String, String> fixtures) {
        this.fixtures = fixtures;
    }

    /** A valid value for the field or parameter {@code name} of {@code service}. */
    @SuppressWarnings("unchecked")
    Object of(String service, String name, Map<String, Object> schema) {
        String fixture = fixtures.getOrDefault(service + "." + name, fixtures.get(name));
        if (fixture != null && "string".equals(schema.get("type"))) {
            return fixture;
        }
        if (schema.get("enum") instanceof List<?> members) {
            return members.get(0);
        }
        if (schema.containsKey("example")) {
            return schema.get("example");
        }
        return switch (type(schema)) {
            case "string" -> string(schema);
            case "integer" -> number(schema).longValue();
            case "number" -> number(schema);
            case "boolean" -> true;
            case "array" -> {
                var items = (Map<String, Object>) schema.getOrDefault("items", Map.of());
                int count = Math.max(1, ((Number) schema.getOrDefault("minItems", 1)).intValue());
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    list.add(of(service, name, items));
                }
                yield list;
            }
            default -> object(service, schema);
        };
    }

    /** The object with its required members only: optional ones are added by the mutations. */
    @SuppressWarnings("unchecked")
    Map<String, Object> object(String service, Map<String, Object> schema) {
        Map<String, Object> object = new LinkedHashMap<>();
        var properties = (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
        for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
            object.put((String) required, of(service, (String) required, properties.getOrDefault(required, Map.of())));
        }
        return object;
    }

    static String type(Map<String, Object> schema) {
        if (schema.get("type") instanceof String type) {
            return type;
        }
        return schema.containsKey("properties") || schema.containsKey("additionalProperties") ? "object" : "string";
    }

    private static String string(Map<String, Object> schema) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String format = (String) schema.getOrDefault("format", "");
        switch (format) {
            case "uuid" -> {
                return UUID.randomUUID().toString();
            }
            case "date-time" -> {
                return Instant.now()
                        .minus(1, ChronoUnit.MINUTES)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString();
            }
            case "date" -> {
                return LocalDate.now().toString();
            }
            case "email" -> {
                return "corpus-" + unique + "@lab.example.org";
            }
            default -> {}
        }
        int minLength = ((Number) schema.getOrDefault("minLength", 1)).intValue();
        if (schema.get("pattern") instanceof String pattern) {
            // The contracts' patterns are name-like, a URL (a webhook's, to a port nothing answers on),
            // a plate well or a run's read structure; one of these shapes fits each of them.
            for (String candidate : List.of(
                    "corpus-" + unique,
                    "CORPUS-" + unique.toUpperCase(),
                    unique,
                    "http://127.0.0.1:9/corpus-" + unique,
                    "A01",
                    "151-10-10-151")) {
                if (candidate.matches(pattern)) {
                    return candidate;
                }
            }
            throw new IllegalStateException("No valid value known for pattern " + pattern + ": add a shape");
        }
        String value = "Corpus " + unique;
        return value.length() >= minLength ? value : value + "x".repeat(minLength - value.length());
    }

    /** 1, or the nearest bound when 1 is out of range. */
    private static Number number(Map<String, Object> schema) {
        long value = 1;
        if (schema.get("minimum") instanceof Number minimum) {
            value = Math.max(value, (long) Math.ceil(minimum.doubleValue()));
        }
        if (schema.get("maximum") instanceof Number maximum) {
            value = Math.min(value, (long) Math.floor(maximum.doubleValue()));
        }
        return value;
    }
}
