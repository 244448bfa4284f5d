package org.tracseq.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** The one JSON-B configuration every service's REST layer uses. */
@Provider
public class JsonbContextResolver implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder.create(config());

    /**
     * Absent values are left out rather than written as null; enums go out as their lower snake case
     * wire value (generated models already do this, domain enums get it here).
     */
    private static JsonbConfig config() {
        return new JsonbConfig().withNullValues(false).withSerializers(new WireEnumSerializer());
    }

    public static Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
