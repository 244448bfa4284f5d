package org.tracseq.platform.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Values in and out of native queries, the same in every repository. Out: a column comes back as
 * whatever the driver and EclipseLink make of it (a timestamptz as {@link Timestamp} or {@link
 * OffsetDateTime}, a smallint as any {@link Number}, a uuid[] as {@link Array} or {@code
 * Object[]}). In: instants go as UTC offsets (timestamptz), arrays as their text form cast in the
 * statement ({@code CAST(?1 AS uuid[])}).
 */
public final class NativeValues {
    private NativeValues() {}

    public static UUID uuid(Object value) {
        return (UUID) value;
    }

    public static String text(Object value) {
        return (String) value;
    }

    public static boolean bool(Object value) {
        return (Boolean) value;
    }

    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** An instant as a timestamptz parameter or entity field. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A uuid[] column as a list (empty for NULL). */
    public static List<UUID> uuids(Object value) {
        if (value == null) {
            return List.of();
        }
        Object[] elements;
        try {
            elements = value instanceof Array array ? (Object[]) array.getArray() : (Object[]) value;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read an array column", e);
        }
        return Arrays.stream(elements)
                .map(element -> element instanceof UUID id ? id : UUID.fromString(element.toString()))
                .toList();
    }

    /** The text form of an array parameter, e.g. {@code {a,b}}; the statement casts it. */
    public static String array(Collection<?> elements) {
        return elements.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
