package org.tracseq.qaqc.persistence;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Array parameters of native statements, as PostgreSQL array literals the statement casts
 * ({@code CAST(?1 AS text[])}). Every element is quoted, so a barcode with a comma, brace or
 * quote stays one element; null stays NULL.
 */
final class TextArrays {
    private TextArrays() {}

    static String literal(Collection<?> elements) {
        return elements.stream()
                .map(element -> element == null
                        ? "NULL"
                        : "\"" + element.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
