package org.tracseq.sequencing.persistence;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/** jsonb columns as text parameters and back (the statement casts them). */
final class JsonColumns {
    private JsonColumns() {}

    static String strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build().toString();
    }

    static List<String> strings(Object column) {
        return array(column).stream()
                .map(value -> ((jakarta.json.JsonString) value).getString())
                .toList();
    }

    static JsonArray array(Object column) {
        if (column == null) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        try (var reader = Json.createReader(new StringReader(column.toString()))) {
            return reader.readArray();
        }
    }
}
