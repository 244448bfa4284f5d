package org.tracseq.samples.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Free-form lab attributes of a sample: a JSON object of at most {@value #MAX_KEYS} keys and about
 * {@value #MAX_JSON_LENGTH} characters as JSON, so one sample cannot carry a document.
 */
public final class Metadata {
    static final int MAX_KEYS = 50;
    static final int MAX_JSON_LENGTH = 16_384;

    private Metadata() {}

    public static void check(Map<String, Object> metadata, Violations violations) {
        if (metadata == null) {
            return;
        }
        if (metadata.size() > MAX_KEYS) {
            violations.field("metadata", "must have at most " + MAX_KEYS + " keys");
        } else if (jsonLength(metadata) > MAX_JSON_LENGTH) {
            violations.field("metadata", "must be at most " + MAX_JSON_LENGTH + " characters as JSON");
        }
    }

    /** No attributes are stored as none at all, so "{}" and absent read back the same. */
    public static Map<String, Object> normalized(Map<String, Object> metadata) {
        return metadata == null || metadata.isEmpty() ? null : metadata;
    }

    /**
     * RFC 7396 merge of {@code patch} into {@code target}: a null member removes the key, an object
     * member is merged recursively, anything else replaces. Neither argument is changed.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> merge(Map<String, Object> target, Map<String, Object> patch) {
        Map<String, Object> result = target == null ? new LinkedHashMap<>() : new LinkedHashMap<>(target);
        patch.forEach((key, value) -> {
            if (value == null) {
                result.remove(key);
            } else if (value instanceof Map<?, ?> nested) {
                Object current = result.get(key);
                result.put(key, merge(current instanceof Map<?, ?> m ? (Map<String, Object>) m : null, (Map<
                                String, Object>)
                        nested));
            } else {
                result.put(key, value);
            }
        });
        return result;
    }

    /** The length of a value written as compact JSON (strings counted without escapes). */
    static int jsonLength(Object value) {
        if (value instanceof Map<?, ?> map) {
            int length = 2 + Math.max(0, map.size() - 1);
            for (var entry : map.entrySet()) {
                length += jsonLength(String.valueOf(entry.getKey())) + 1 + jsonLength(entry.getValue());
            }
            return length;
        }
        if (value instanceof Collection<?> list) {
            int length = 2 + Math.max(0, list.size() - 1);
            for (Object item : list) {
                length += jsonLength(item);
            }
            return length;
        }
        if (value instanceof String text) {
            return text.length() + 2;
        }
        return String.valueOf(value).length();
    }
}
