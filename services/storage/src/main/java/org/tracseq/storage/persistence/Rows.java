package org.tracseq.storage.persistence;

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
 * Values in and out of native queries. Out: a column comes back as whatever the driver and
 * EclipseLink make of it (a timestamptz as {@link Timestamp} or {@link OffsetDateTime}, a smallint
 * as any {@link Number}, a uuid[] as {@link Array} or {@code Object[]}). In: arrays are passed as
 * their text form and cast in the statement ({@code CAST(?1 AS uuid[])}), instants as UTC offsets.
 */
final class Rows {
    private Rows() {}

    static UUID uuid(Object value) {
        return (UUID) value;
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static boolean bool(Object value) {
        return (Boolean) value;
    }

    static String text(Object value) {
        return (String) value;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A uuid[] column as a list (empty for NULL). */
    static List<UUID> uuids(Object value) {
        if (value == null) {
            return List.of();
        }
        Object[] elements;
        try {
            elements = value instanceof Array array ? (Object[]) array.getArray() : (Object[]) value;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a uuid[] column", e);
        }
        return Arrays.stream(elements)
                .map(element -> element instanceof UUID id ? id : UUID.fromString(element.toString()))
                .toList();
    }

    /** The text form of an array parameter, e.g. {@code {a,b}}; the statement casts it. */
    static String array(Collection<?> elements) {
        return elements.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
