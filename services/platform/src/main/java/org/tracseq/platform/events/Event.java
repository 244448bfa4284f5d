package org.tracseq.platform.events;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One state change as it travels: {@code type} is {@code <family>.<aggregate>.<change>}
 * ({@code storage.item.placed}), its family names the stream it goes to; {@code version} counts the
 * aggregate's events from 1; {@code payload} is JSON; {@code traceparent} (W3C) is the span of the
 * traced request that wrote it, which its consumers continue, or null.
 */
public record Event(
        UUID id,
        String type,
        String aggregateId,
        long version,
        Instant occurredAt,
        String actor,
        String requestId,
        String payload,
        String traceparent) {

    private static final String STREAM_PREFIX = "tracseq:events:";

    /** The family of the event, the first part of its type. */
    public String family() {
        int dot = type.indexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }

    /** The Redis stream events of {@code family} go to. */
    public static String stream(String family) {
        return STREAM_PREFIX + family;
    }

    /** As the fields of a stream entry. */
    public Map<String, String> toFields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("id", id.toString());
        fields.put("type", type);
        fields.put("aggregateId", aggregateId);
        fields.put("version", Long.toString(version));
        fields.put("occurredAt", occurredAt.toString());
        if (actor != null) {
            fields.put("actor", actor);
        }
        if (requestId != null) {
            fields.put("requestId", requestId);
        }
        fields.put("payload", payload);
        if (traceparent != null) {
            fields.put("traceparent", traceparent);
        }
        return fields;
    }

    /** From the fields of a stream entry. */
    static Event fromFields(Map<String, String> fields) {
        return new Event(
                UUID.fromString(fields.get("id")),
                fields.get("type"),
                fields.get("aggregateId"),
                Long.parseLong(fields.get("version")),
                Instant.parse(fields.get("occurredAt")),
                fields.get("actor"),
                fields.get("requestId"),
                fields.get("payload"),
                fields.get("traceparent"));
    }
}
