package org.tracseq.samples.persistence;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/** A sample's metadata object as the JSON text stored in its column (and shown in the audit trail). */
public final class MetadataJson {
    private static final Jsonb JSONB = JsonbBuilder.create();

    private MetadataJson() {}

    public static String write(Map<String, Object> metadata) {
        return metadata == null ? null : JSONB.toJson(metadata);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(String json) {
        return json == null ? null : JSONB.fromJson(json, LinkedHashMap.class);
    }
}
