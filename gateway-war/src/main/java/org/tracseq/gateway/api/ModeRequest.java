package org.tracseq.gateway.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.StringReader;
import java.util.NoSuchElementException;
import org.tracseq.gateway.migration.Mode;
import org.tracseq.platform.problem.ProblemException;

/**
 * The body of {@code PUT /api/admin/routes/<name>/mode}: {@code {"mode": "<mode>"}} and nothing
 * else. Read as a stream of tokens and refused at the first one out of place, so an array, a
 * nested value or a body nested a thousand levels deep is a 400 naming what is wrong, and no more
 * of it is read than that.
 */
final class ModeRequest {
    private static final String SHAPE = "The body is {\"mode\": \"service\" | \"monolith\" | \"split:<0-100>\"}";

    private ModeRequest() {}

    static Mode read(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest(SHAPE + "; it is empty");
        }
        String mode = null;
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            Event first = parser.next();
            if (first != Event.START_OBJECT) {
                throw ProblemException.badRequest(SHAPE + ", not " + describe(first));
            }
            for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
                String field = parser.getString(); // the parser allows only a name here
                if (!field.equals("mode")) {
                    throw ProblemException.badRequest(SHAPE + "; unknown field '" + field + "'");
                }
                Event value = parser.next();
                if (value != Event.VALUE_STRING) {
                    throw ProblemException.badRequest(SHAPE + "; \"mode\" is a string, not " + describe(value));
                }
                if (mode != null) {
                    throw ProblemException.badRequest(SHAPE + "; \"mode\" is given twice");
                }
                mode = parser.getString();
            }
            if (parser.hasNext()) {
                throw ProblemException.badRequest(SHAPE + "; there is more after it");
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException notJson) {
            throw ProblemException.badRequest(SHAPE + "; it is not valid JSON: " + notJson.getMessage());
        }
        if (mode == null) {
            throw ProblemException.badRequest(SHAPE + "; \"mode\" is missing");
        }
        return Mode.parse(mode);
    }

    private static String describe(Event event) {
        return switch (event) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> event.toString();
        };
    }
}
