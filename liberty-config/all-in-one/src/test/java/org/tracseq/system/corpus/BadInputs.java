package org.tracseq.system.corpus;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tracseq.system.corpus.Json.Raw;

/**
 * The corpus's requests for one operation: from a valid request, one thing made wrong at a time, in
 * a path id, a query or header parameter, a body member (at any depth), or the body as a whole.
 */
final class BadInputs {
    private static final int DEEP = 1_000;
    private static final int HUGE = 100_000;
    // A query string or path longer than this is refused by HTTP servers before any application.
    private static final int HUGE_IN_URL = 4_000;
    private static final String UNKNOWN_MEMBER = "corpusUnknownMember";

    private final ValidValues valid;

    BadInputs(ValidValues valid) {
        this.valid = valid;
    }

    /** A value to send and whether the contract forbids it (see {@link BadRequest#mustRefuse()}). */
    private record Bad(String name, Object value, boolean mustRefuse) {
        static Bad refused(String name, Object value) {
            return new Bad(name, value, true);
        }

        static Bad stress(String name, Object value) {
            return new Bad(name, value, false);
        }
    }

    List<BadRequest> of(Operation operation) {
        return new Builder(operation).build();
    }

    /** The valid request of one operation, and its variations. */
    private final class Builder {
        private final Operation operation;
        private final Map<String, String> pathValues = new LinkedHashMap<>();
        private final Map<String, String> queryValues = new LinkedHashMap<>();
        private final Object body;
        private final List<BadRequest> cases = new ArrayList<>();

        Builder(Operation operation) {
            this.operation = operation;
            operation.parametersIn("path").forEach(p -> pathValues.put(p.name(), validText(p)));
            operation.parameters().stream()
                    .filter(p -> p.in().equals("query") && p.required())
                    .forEach(p -> queryValues.put(p.name(), validText(p)));
            this.body = operation.body() == null
                    ? null
                    : valid.of(operation.service(), "", operation.body().schema());
        }

        List<BadRequest> build() {
            for (Operation.Parameter parameter : operation.parametersIn("path")) {
                for (Bad bad : badPathIds(parameter.schema())) {
                    Map<String, String> path = new LinkedHashMap<>(pathValues);
                    path.put(parameter.name(), (String) bad.value());
                    add("path " + parameter.name() + ": " + bad.name(), bad.mustRefuse(), path, queryValues, Map.of());
                }
            }
            for (Operation.Parameter parameter : operation.parametersIn("query")) {
                for (Bad bad : badParameters(parameter.schema())) {
                    Map<String, String> query = new LinkedHashMap<>(queryValues);
                    query.put(parameter.name(), encode((String) bad.value()));
                    add("query " + parameter.name() + ": " + bad.name(), bad.mustRefuse(), pathValues, query, Map.of());
                }
            }
            for (Operation.Parameter parameter : operation.parametersIn("header")) {
                int maxLength = ((Number) parameter.schema().getOrDefault("maxLength", HUGE_IN_URL)).intValue();
                add(
                        "header " + parameter.name() + ": longer than " + maxLength,
                        parameter.schema().containsKey("maxLength"),
                        pathValues,
                        queryValues,
                        Map.of(parameter.name(), "x".repeat(maxLength + 1)));
            }
            if (operation.body() != null) {
                wholeBodies();
                members(operation.body().schema(), List.of(), List.of(), 0);
            }
            return cases;
        }

        /** The body broken as a whole: its syntax, its shape, its size, its media type. */
        private void wholeBodies() {
            String json = Json.write(body);
            String mediaType = operation.body().mediaType();
            addBody("body: malformed JSON", true, mediaType, utf8("{\"" + firstMember() + "\":"));
            addBody("body: trailing bytes after the document", true, mediaType, utf8(json + " x"));
            addBody("body: a second document after the first", true, mediaType, utf8(json + "{}"));
            addBody("body: array instead of object", true, mediaType, utf8("[" + json + "]"));
            addBody("body: string instead of object", true, mediaType, utf8("\"x\""));
            addBody("body: 1,000-deep nesting", true, mediaType, utf8(Json.write(deepObject())));
            addBody("body: raw NUL byte before the document", true, mediaType, utf8("\u0000" + json));
            // 0xC3 0x28 is not UTF-8: a lead byte followed by no continuation byte.
            byte[] notUtf8 = utf8("{\"" + firstMember() + "\":\"a\u00ffb\"}");
            notUtf8[notUtf8.length - 4] = (byte) 0x28;
            addBody("body: invalid UTF-8", true, mediaType, notUtf8);
            addBody("body: media type text/plain", true, "text/plain", utf8(json));
            if (operation.body().required()) {
                addBody("body: empty", true, mediaType, new byte[0]);
                addBody("body: JSON null", true, mediaType, utf8("null"));
            }
        }

        /** Every member of an object schema, one bad value at a time, then the members of its members. */
        @SuppressWarnings("unchecked")
        private void members(
                Map<String, Object> schema, List<Object> at, List<Map<String, Object>> schemasAt, int depth) {
            var properties = (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
            var required = (List<Object>) schema.getOrDefault("required", List.of());
            for (var property : properties.entrySet()) {
                List<Object> path = append(at, property.getKey());
                List<Map<String, Object>> schemas = append(schemasAt, property.getValue());
                for (Bad bad :
                        badMembers(property.getKey(), property.getValue(), required.contains(property.getKey()))) {
                    addBody(
                            "body " + dotted(path) + ": " + bad.name(),
                            bad.mustRefuse(),
                            operation.body().mediaType(),
                            utf8(Json.write(with(path, schemas, bad.value()))));
                }
                Map<String, Object> member = property.getValue();
                if (depth < 4 && ValidValues.type(member).equals("object") && member.containsKey("properties")) {
                    members(member, path, schemas, depth + 1);
                }
                if (depth < 4 && member.get("items") instanceof Map<?, ?> items && items.containsKey("properties")) {
                    members(
                            (Map<String, Object>) items,
                            append(path, 0),
                            append(schemas, (Map<String, Object>) items),
                            depth + 1);
                }
            }
            // Where the contract lists the members, any other member is a mistake the reader must name.
            if (!schema.containsKey("additionalProperties")) {
                List<Object> path = append(at, UNKNOWN_MEMBER);
                addBody(
                        "body " + dotted(path) + ": unknown member",
                        true,
                        operation.body().mediaType(),
                        utf8(Json.write(with(path, append(schemasAt, Map.of()), 1))));
            }
        }

        /** The valid body with the member at {@code path} set to {@code value}, its parents made if absent. */
        @SuppressWarnings("unchecked")
        private Object with(List<Object> path, List<Map<String, Object>> schemas, Object value) {
            Object copy = deepCopy(body);
            Object container = copy;
            for (int i = 0; i < path.size() - 1; i++) {
                Object step = path.get(i);
                Object child = container instanceof List<?> list
                        ? list.get((Integer) step)
                        : ((Map<String, Object>) container).get(step);
                if (child == null) {
                    child = deepCopy(valid.of(operation.service(), step.toString(), schemas.get(i)));
                    ((Map<String, Object>) container).put((String) step, child);
                }
                container = child;
            }
            Object last = path.get(path.size() - 1);
            if (container instanceof List<?> list) {
                ((List<Object>) list).set((Integer) last, value);
            } else {
                ((Map<String, Object>) container).put((String) last, value);
            }
            return copy;
        }

        private String firstMember() {
            return body instanceof Map<?, ?> map && !map.isEmpty()
                    ? map.keySet().iterator().next().toString()
                    : "a";
        }

        private void addBody(String mutation, boolean mustRefuse, String contentType, byte[] bytes) {
            cases.add(new BadRequest(
                    operation, mutation, mustRefuse, target(pathValues, queryValues), Map.of(), contentType, bytes));
        }

        private void add(
                String mutation,
                boolean mustRefuse,
                Map<String, String> path,
                Map<String, String> query,
                Map<String, String> headers) {
            byte[] bytes = body == null ? null : utf8(Json.write(body));
            String contentType =
                    operation.body() == null ? null : operation.body().mediaType();
            cases.add(
                    new BadRequest(operation, mutation, mustRefuse, target(path, query), headers, contentType, bytes));
        }

        private String target(Map<String, String> path, Map<String, String> query) {
            String target = operation.gatewayPath();
            for (var value : path.entrySet()) {
                target = target.replace("{" + value.getKey() + "}", value.getValue());
            }
            if (query.isEmpty()) {
                return target;
            }
            return target + "?"
                    + query.entrySet().stream()
                            .map(parameter -> parameter.getKey() + "=" + parameter.getValue())
                            .collect(Collectors.joining("&"));
        }

        private String validText(Operation.Parameter parameter) {
            Object value = valid.of(operation.service(), parameter.name(), parameter.schema());
            return encode(value instanceof List<?> list ? list.get(0).toString() : value.toString());
        }
    }

    /** Path ids that name nothing and cannot: each must be a 4xx before any lookup goes wrong. */
    private static List<Bad> badPathIds(Map<String, Object> schema) {
        List<Bad> bad = new ArrayList<>();
        if ("uuid".equals(schema.get("format"))) {
            bad.add(Bad.refused("not a UUID", "not-a-uuid"));
        }
        bad.add(Bad.refused("NUL", "%00"));
        bad.add(Bad.refused("control character", "a%07b"));
        bad.add(Bad.refused("encoded slash", "a%2Fb"));
        bad.add(Bad.refused("huge", "a".repeat(HUGE_IN_URL)));
        return bad;
    }

    /** Bad query parameter values, as text (encoded when the request is built). */
    @SuppressWarnings("unchecked")
    private static List<Bad> badParameters(Map<String, Object> schema) {
        Map<String, Object> single =
                schema.get("items") instanceof Map<?, ?> items ? (Map<String, Object>) items : schema;
        List<Bad> bad = new ArrayList<>();
        switch (ValidValues.type(single)) {
            case "integer" -> {
                bad.add(Bad.refused("not a number", "abc"));
                bad.add(Bad.refused("decimal for integer", "1.5"));
                bad.add(Bad.refused("beyond int64", "99999999999999999999"));
                // An empty value is commonly read as an absent one.
                bad.add(Bad.stress("empty", ""));
                bounds(single)
                        .forEach(bound ->
                                bad.add(Bad.refused(bound.name(), bound.value().toString())));
            }
            case "number" -> {
                bad.add(Bad.refused("not a number", "abc"));
                bad.add(Bad.refused("1e400", "1e400"));
            }
            case "boolean" -> bad.add(Bad.refused("not a boolean", "yes"));
            default -> {
                bad.addAll(formatted(single).stream()
                        .map(b -> new Bad(b.name(), b.value().toString(), b.mustRefuse()))
                        .toList());
                bad.add(Bad.stress("NUL", "a\u0000b"));
                bad.add(Bad.stress("control characters", "a\u0001\u0007\u001bb"));
                if (single.get("maxLength") instanceof Number maxLength) {
                    bad.add(Bad.refused("longer than maxLength " + maxLength, "x".repeat(maxLength.intValue() + 1)));
                } else {
                    bad.add(Bad.stress("huge", "x".repeat(HUGE_IN_URL)));
                }
            }
        }
        return bad;
    }

    /** Bad values of a body member: wrong types, nulls, out-of-range numbers, huge and odd text. */
    @SuppressWarnings("unchecked")
    private List<Bad> badMembers(String name, Map<String, Object> schema, boolean required) {
        List<Bad> bad = new ArrayList<>();
        if (required) {
            bad.add(Bad.refused("null", null));
        }
        Object example = valid.of("", name, schema);
        switch (ValidValues.type(schema)) {
            case "string" -> {
                bad.add(Bad.refused("number instead of string", 12345));
                bad.add(Bad.refused("object instead of string", Map.of()));
                bad.add(Bad.refused("one-element array instead of string", List.of(example)));
                bad.add(Bad.stress("NUL", "a\u0000b"));
                bad.add(Bad.stress("control characters", "a\u0001\u0007\u001b\u007fb"));
                if (schema.get("maxLength") instanceof Number maxLength) {
                    bad.add(Bad.refused("longer than maxLength " + maxLength, "x".repeat(maxLength.intValue() + 1)));
                } else {
                    bad.add(Bad.stress("huge", "x".repeat(HUGE)));
                }
                if (schema.get("minLength") instanceof Number minLength && minLength.intValue() > 0) {
                    bad.add(Bad.refused("empty", ""));
                }
                bad.addAll(formatted(schema));
            }
            case "integer" -> {
                bad.add(Bad.refused("decimal for integer", new Raw("1.5")));
                bad.add(Bad.refused("string instead of integer", "1"));
                bad.add(Bad.refused("boolean instead of integer", true));
                bad.add(Bad.refused("one-element array instead of integer", List.of(example)));
                bad.add(Bad.refused("beyond int64", new Raw("99999999999999999999999")));
                bad.add(Bad.refused("1e400", new Raw("1e400")));
                bad.addAll(bounds(schema));
            }
            case "number" -> {
                bad.add(Bad.refused("string instead of number", "1.5"));
                bad.add(Bad.refused("one-element array instead of number", List.of(example)));
                bad.add(Bad.refused("1e400", new Raw("1e400")));
                bad.add(Bad.refused("5,000 digits", new Raw("1" + "0".repeat(5_000))));
                bad.addAll(bounds(schema));
            }
            case "boolean" -> {
                bad.add(Bad.refused("string instead of boolean", "yes"));
                bad.add(Bad.refused("number instead of boolean", 1));
                bad.add(Bad.refused("one-element array instead of boolean", List.of(true)));
            }
            case "array" -> {
                List<Object> items = (List<Object>) example;
                bad.add(Bad.refused("object instead of array", Map.of()));
                bad.add(Bad.refused("scalar instead of array", items.get(0)));
                bad.add(Bad.refused("null item", Collections.singletonList(null)));
                if (schema.get("minItems") instanceof Number minItems && minItems.intValue() > 0) {
                    bad.add(Bad.refused("fewer than minItems " + minItems, List.of()));
                }
                if (schema.get("maxItems") instanceof Number maxItems) {
                    bad.add(Bad.refused(
                            "more than maxItems " + maxItems,
                            Collections.nCopies(maxItems.intValue() + 1, items.get(0))));
                }
                bad.add(Bad.refused("1,000-deep nesting", new Raw("[".repeat(DEEP) + "]".repeat(DEEP))));
            }
            default -> {
                bad.add(Bad.refused("array instead of object", List.of()));
                bad.add(Bad.refused("string instead of object", "x"));
                bad.add(Bad.refused("1,000-deep nesting", deepObject()));
                if (schema.containsKey("additionalProperties")) {
                    bad.add(Bad.stress("NUL in a key", Map.of("a\u0000b", "x")));
                    bad.add(Bad.stress("huge key", Map.of("k".repeat(HUGE), "x")));
                }
            }
        }
        return bad;
    }

    /** Text that breaks the schema's enum, format or pattern. */
    private static List<Bad> formatted(Map<String, Object> schema) {
        List<Bad> bad = new ArrayList<>();
        if (schema.containsKey("enum")) {
            bad.add(Bad.refused("not an enum member", "corpus-not-a-member"));
        }
        if (schema.containsKey("pattern")) {
            // A pattern matches where it finds a match (JSON Schema): the first text it finds none in.
            Pattern pattern = Pattern.compile((String) schema.get("pattern"));
            Stream.of("!corpus not matching!", " ", "")
                    .filter(text -> !pattern.matcher(text).find())
                    .findFirst()
                    .ifPresent(text -> bad.add(Bad.refused("not matching the pattern", text)));
        }
        switch ((String) schema.getOrDefault("format", "")) {
            case "uuid" -> bad.add(Bad.refused("not a UUID", "not-a-uuid"));
            case "email" -> bad.add(Bad.refused("not an email", "not-an-email"));
            case "date" -> {
                bad.add(Bad.refused("date +999999999", "+999999999-12-31"));
                bad.add(Bad.refused("30 February", "2026-02-30"));
            }
            case "date-time" -> {
                bad.add(Bad.refused("date-time +292278994", "+292278994-08-17T07:12:55Z"));
                bad.add(Bad.refused("date-time -292275055", "-292275055-05-16T16:47:04Z"));
                // Year 0 has RFC 3339's four digits: only a range the contract does not write rules it out.
                bad.add(Bad.stress("date-time year 0", "0000-01-01T00:00:00Z"));
                bad.add(Bad.refused("date-time out of range fields", "2026-13-45T25:61:61Z"));
                bad.add(Bad.refused("date-time without offset", "2026-01-01T00:00:00"));
                bad.add(Bad.refused("not a date-time", "yesterday"));
            }
            default -> {}
        }
        return bad;
    }

    private static List<Bad> bounds(Map<String, Object> schema) {
        List<Bad> bad = new ArrayList<>();
        if (schema.get("minimum") instanceof Number minimum) {
            bad.add(Bad.refused(
                    "below minimum " + minimum,
                    new Raw(decimal(minimum).subtract(BigDecimal.ONE).toPlainString())));
        }
        if (schema.get("maximum") instanceof Number maximum) {
            bad.add(Bad.refused(
                    "above maximum " + maximum,
                    new Raw(decimal(maximum).add(BigDecimal.ONE).toPlainString())));
        }
        return bad;
    }

    private static BigDecimal decimal(Number number) {
        return new BigDecimal(number.toString());
    }

    /** {@code {"a":{"a":...1...}}}, {@value #DEEP} objects deep. */
    private static Raw deepObject() {
        return new Raw("{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String dotted(List<Object> path) {
        return path.stream().map(Object::toString).collect(Collectors.joining("."));
    }

    private static <T> List<T> append(List<T> list, T last) {
        List<T> longer = new ArrayList<>(list);
        longer.add(last);
        return longer;
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, member) -> copy.put((String) key, deepCopy(member)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(BadInputs::deepCopy).toList());
        }
        return value;
    }
}
