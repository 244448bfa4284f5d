package org.tracseq.platform.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.ValidationProblem;

/**
 * Reads a request body as the contract means it, before JSON-B binds it: JSON-B is lenient where a
 * lab cannot afford it (it reads {@code "yes"} as false, truncates {@code 1.5} to 1, takes a
 * one-element array for a scalar, ignores bytes after the document, drops unknown fields), so
 * every body is first parsed here and checked against the type it will be bound to. Every problem is
 * reported at once, each with its JSON path; nothing names a Java class.
 */
public final class StrictJson {
    /** Deeper than any contract's documents (free-form metadata included); a guard for the parser's stack. */
    public static final int MAX_DEPTH = 32;

    /** The years PostgreSQL and every client can hold; outside them a date is a typo. */
    public static final int FIRST_YEAR = 1;

    public static final int LAST_YEAR = 9999;

    private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Set<String>> ENUM_VALUES = new ConcurrentHashMap<>();

    private StrictJson() {}

    /**
     * Parses {@code body} as one JSON document and checks it against {@code target}.
     *
     * @return the document, or empty for an empty body (an operation whose body is optional gets none)
     * @throws ValidationProblem when the body is not one JSON document or does not fit {@code target}
     */
    public static Optional<JsonValue> read(byte[] body, Type target) {
        if (isBlank(body)) {
            return Optional.empty();
        }
        JsonValue document = parse(body);
        List<FieldError> errors = new ArrayList<>();
        check(document, target, "", errors);
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        return Optional.of(document);
    }

    /** One document, no deeper than {@link #MAX_DEPTH}, nothing after it. */
    static JsonValue parse(byte[] body) {
        try (JsonParser parser = Json.createParser(new StringReader(utf8(body)))) {
            if (!parser.hasNext()) {
                throw malformed("the body is empty");
            }
            JsonParser.Event first = parser.next();
            JsonValue document = read(parser, first, 1);
            if (hasMore(parser)) {
                throw malformed("there is more after the JSON document, at " + where(parser.getLocation()));
            }
            return document;
        } catch (JsonParsingException e) {
            throw malformed("it is not valid JSON near " + where(e.getLocation()));
        } catch (NoSuchElementException | IllegalStateException e) {
            throw malformed("it ends before the JSON document does");
        } catch (UnsupportedOperationException e) {
            // The parser's own guard against numbers that would take unbounded time to convert.
            throw malformed("it holds a number with more digits than any field takes");
        }
    }

    /** JSON on the wire is UTF-8 (RFC 8259); a parser would replace a bad byte and read on. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw malformed("it is not UTF-8");
        }
    }

    /** Builds the value that starts with {@code event}, counting depth so a hostile body cannot exhaust the stack. */
    private static JsonValue read(JsonParser parser, JsonParser.Event event, int depth) {
        switch (event) {
            case START_OBJECT -> {
                checkDepth(depth);
                var object = Json.createObjectBuilder();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String key = parser.getString();
                    object.add(key, read(parser, parser.next(), depth + 1));
                }
                return object.build();
            }
            case START_ARRAY -> {
                checkDepth(depth);
                var array = Json.createArrayBuilder();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    array.add(read(parser, next, depth + 1));
                }
                return array.build();
            }
            default -> {
                return parser.getValue();
            }
        }
    }

    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonParsingException e) {
            return true; // what follows is not even JSON
        }
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw malformed("it is nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private static ValidationProblem malformed(String why) {
        return new ValidationProblem(List.of(new FieldError("body", "cannot be read: " + why)));
    }

    private static String where(JsonLocation location) {
        return location == null
                ? "an unknown position"
                : "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Checks {@code value} against {@code type}; {@code path} is the JSON path so far ({@code ""} at the root). */
    static void check(JsonValue value, Type type, String path, List<FieldError> errors) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (type instanceof Class<?> c && c.isPrimitive()) {
                errors.add(new FieldError(name(path), "must not be null"));
            }
            return; // Whether a value is required is the operation's own rule.
        }
        Class<?> raw = rawClass(type);
        if (raw == Object.class || raw == JsonValue.class) {
            checkFreeForm(value, path, errors);
        } else if (JsonValue.class.isAssignableFrom(raw)) {
            checkJsonValue(value, raw, path, errors);
        } else if (raw == String.class) {
            if (value instanceof JsonString string) {
                checkText(string.getString(), path, errors);
            } else {
                errors.add(new FieldError(name(path), "must be a string"));
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                errors.add(new FieldError(name(path), "must be true or false"));
            }
        } else if (isIntegral(raw)) {
            checkInteger(value, raw, path, errors);
        } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            checkDecimal(value, raw, path, errors);
        } else if (raw == UUID.class) {
            checkParsed(value, path, errors, "a UUID such as 3f2c0b8e-1d2a-4c5b-9e8f-0a1b2c3d4e5f", UUID::fromString);
        } else if (isTemporal(raw)) {
            checkTemporal(value, raw, path, errors);
        } else if (raw.isEnum()) {
            checkEnum(value, raw, path, errors);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            checkArray(value, elementType(type, raw), path, errors);
        } else if (Map.class.isAssignableFrom(raw)) {
            checkMap(value, typeArgument(type, 1), path, errors);
        } else {
            checkObject(value, raw, path, errors);
        }
    }

    private static void checkObject(JsonValue value, Class<?> raw, String path, List<FieldError> errors) {
        if (!(value instanceof JsonObject object)) {
            errors.add(new FieldError(name(path), "must be an object"));
            return;
        }
        Map<String, Type> properties = PROPERTIES.computeIfAbsent(raw, StrictJson::propertiesOf);
        object.forEach((key, member) -> {
            Type memberType = properties.get(key);
            if (memberType == null) {
                errors.add(new FieldError(
                        join(path, key),
                        "is not a field that can be sent here; the fields are "
                                + String.join(", ", properties.keySet())));
            } else {
                check(member, memberType, join(path, key), errors);
            }
        });
    }

    private static void checkMap(JsonValue value, Type valueType, String path, List<FieldError> errors) {
        if (!(value instanceof JsonObject object)) {
            errors.add(new FieldError(name(path), "must be an object"));
            return;
        }
        object.forEach((key, member) -> {
            checkText(key, join(path, key), errors);
            check(member, valueType, join(path, key), errors);
        });
    }

    private static void checkArray(JsonValue value, Type elementType, String path, List<FieldError> errors) {
        if (!(value instanceof JsonArray array)) {
            errors.add(new FieldError(name(path), "must be an array"));
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            // No contract has a list with holes: a null item is refused here, not met as a null in code.
            if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                errors.add(new FieldError(name(path + "[" + i + "]"), "must not be null"));
            } else {
                check(array.get(i), elementType, path + "[" + i + "]", errors);
            }
        }
    }

    /** Free-form JSON (e.g. metadata): any shape, but its text and numbers follow the same rules as any other. */
    private static void checkFreeForm(JsonValue value, String path, List<FieldError> errors) {
        if (value instanceof JsonString string) {
            checkText(string.getString(), path, errors);
        } else if (value instanceof JsonNumber number) {
            checkFinite(number, path, errors);
        } else if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                checkText(key, join(path, key), errors);
                checkFreeForm(member, join(path, key), errors);
            });
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                checkFreeForm(array.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    private static void checkJsonValue(JsonValue value, Class<?> raw, String path, List<FieldError> errors) {
        if (raw == JsonObject.class && !(value instanceof JsonObject)) {
            errors.add(new FieldError(name(path), "must be an object"));
        } else if (raw == JsonArray.class && !(value instanceof JsonArray)) {
            errors.add(new FieldError(name(path), "must be an array"));
        } else {
            checkFreeForm(value, path, errors);
        }
    }

    private static void checkInteger(JsonValue value, Class<?> raw, String path, List<FieldError> errors) {
        BigDecimal exact = value instanceof JsonNumber number ? decimal(number) : null;
        if (exact == null || exact.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(name(path), "must be a whole number"));
            return;
        }
        // Checked by digits first: making 1e999999 exact would take the memory the limit protects.
        if (exact.precision() - exact.scale() > 20) {
            errors.add(new FieldError(name(path), "is too large"));
            return;
        }
        try {
            if (raw == Long.class || raw == long.class) {
                exact.longValueExact();
            } else if (raw == Short.class || raw == short.class) {
                exact.shortValueExact();
            } else {
                exact.intValueExact();
            }
        } catch (ArithmeticException e) {
            errors.add(new FieldError(name(path), "is too large"));
        }
    }

    private static void checkDecimal(JsonValue value, Class<?> raw, String path, List<FieldError> errors) {
        if (!(value instanceof JsonNumber number)) {
            errors.add(new FieldError(name(path), "must be a number"));
            return;
        }
        checkFinite(number, path, errors);
    }

    /** A number no double can hold would become infinity (or a BigDecimal too large for any column). */
    private static void checkFinite(JsonNumber number, String path, List<FieldError> errors) {
        BigDecimal exact = decimal(number);
        if (exact == null || !Double.isFinite(exact.doubleValue()) || Math.abs(exact.scale()) > 300) {
            errors.add(new FieldError(name(path), "is out of range"));
        }
    }

    /** The number's exact value, or null when the parser refuses to make one (its own limit on scale). */
    private static BigDecimal decimal(JsonNumber number) {
        try {
            return number.bigDecimalValue();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void checkEnum(JsonValue value, Class<?> raw, String path, List<FieldError> errors) {
        Set<String> allowed = ENUM_VALUES.computeIfAbsent(raw, StrictJson::wireValues);
        if (!(value instanceof JsonString string) || !allowed.contains(string.getString())) {
            String given = value instanceof JsonString string ? " (not \"" + shortened(string.getString()) + "\")" : "";
            errors.add(new FieldError(name(path), "must be one of " + String.join(", ", allowed) + given));
        }
    }

    private static void checkTemporal(JsonValue value, Class<?> raw, String path, List<FieldError> errors) {
        Function<String, TemporalAccessor> parse;
        String example;
        if (raw == LocalDate.class) {
            parse = LocalDate::parse;
            example = "a date such as 2026-01-31";
        } else if (raw == LocalDateTime.class) {
            parse = LocalDateTime::parse;
            example = "a date-time such as 2026-01-31T12:00:00";
        } else if (raw == Instant.class) {
            parse = text -> Instant.parse(text).atOffset(ZoneOffset.UTC);
            example = "a date-time such as 2026-01-31T12:00:00Z";
        } else if (raw == ZonedDateTime.class) {
            parse = ZonedDateTime::parse;
            example = "a date-time such as 2026-01-31T12:00:00Z";
        } else {
            parse = OffsetDateTime::parse;
            example = "a date-time such as 2026-01-31T12:00:00Z";
        }
        TemporalAccessor parsed = checkParsed(value, path, errors, example, parse);
        if (parsed != null) {
            int year = parsed.get(ChronoField.YEAR);
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                errors.add(new FieldError(name(path), "must be between the years " + FIRST_YEAR + " and " + LAST_YEAR));
            }
        }
    }

    private static <T> T checkParsed(
            JsonValue value, String path, List<FieldError> errors, String expected, Function<String, T> parse) {
        if (value instanceof JsonString string) {
            String text = string.getString();
            try {
                // UUID.fromString also takes short forms such as 1-1-1-1-1; the contract means the 36-character one.
                if (expected.startsWith("a UUID") && text.length() != 36) {
                    throw new IllegalArgumentException(text);
                }
                return parse.apply(text);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                // refused below
            }
        }
        errors.add(new FieldError(name(path), "must be " + expected));
        return null;
    }

    /** Text that reaches a database or a log: no control characters but tab and line breaks (docs/security.md). */
    static void checkText(String text, String path, List<FieldError> errors) {
        ControlCharacters.find(text, true)
                .ifPresent(found -> errors.add(new FieldError(name(path), "must not contain " + found)));
    }

    private static boolean isIntegral(Class<?> raw) {
        return raw == Integer.class
                || raw == int.class
                || raw == Long.class
                || raw == long.class
                || raw == Short.class
                || raw == short.class
                || raw == java.math.BigInteger.class;
    }

    private static boolean isTemporal(Class<?> raw) {
        return raw == OffsetDateTime.class
                || raw == Instant.class
                || raw == LocalDate.class
                || raw == LocalDateTime.class
                || raw == ZonedDateTime.class;
    }

    /** The JSON names of a model's properties and their types, as JSON-B binds them. */
    private static Map<String, Type> propertiesOf(Class<?> model) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (model.isRecord()) {
            for (RecordComponent component : model.getRecordComponents()) {
                JsonbProperty named = component.getAnnotation(JsonbProperty.class);
                properties.put(named == null ? component.getName() : named.value(), component.getGenericType());
            }
            return Collections.unmodifiableMap(properties);
        }
        for (Class<?> c = model; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(JsonbTransient.class)
                        || !writable(c, field)) {
                    continue;
                }
                JsonbProperty named = field.getAnnotation(JsonbProperty.class);
                properties.putIfAbsent(named == null ? field.getName() : named.value(), field.getGenericType());
            }
        }
        return Collections.unmodifiableMap(properties);
    }

    /** JSON-B writes a public field or one with a public setter. */
    private static boolean writable(Class<?> owner, Field field) {
        if (Modifier.isPublic(field.getModifiers())) {
            return true;
        }
        String setter = "set" + Character.toUpperCase(field.getName().charAt(0))
                + field.getName().substring(1);
        for (Method method : owner.getMethods()) {
            if (method.getName().equals(setter) && method.getParameterCount() == 1) {
                return true;
            }
        }
        return field.isAnnotationPresent(JsonbProperty.class);
    }

    /** An enum's values as they appear on the wire: {@code wireValue()} for domain enums, else {@code toString()}. */
    private static Set<String> wireValues(Class<?> type) {
        Set<String> values = new TreeSet<>();
        Method wire;
        try {
            wire = type.getMethod("wireValue");
        } catch (NoSuchMethodException e) {
            wire = null;
        }
        for (Object constant : type.getEnumConstants()) {
            try {
                values.add(wire == null ? constant.toString() : String.valueOf(wire.invoke(constant)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read the wire value of " + constant, e);
            }
        }
        return Collections.unmodifiableSet(values);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return rawClass(p.getRawType());
        }
        if (type instanceof WildcardType w) {
            return rawClass(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type elementType(Type type, Class<?> raw) {
        return raw.isArray() ? raw.getComponentType() : typeArgument(type, 0);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String name(String path) {
        return path.isEmpty() ? "body" : path;
    }
}
