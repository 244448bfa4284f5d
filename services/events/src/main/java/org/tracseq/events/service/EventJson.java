package org.tracseq.events.service;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import org.tracseq.events.domain.StoredEvent;

/**
 * An event as the JSON a stream's {@code data:} and a webhook's body carry: the contract's
 * {@code StoredEvent}, with the payload as the JSON object it is (not a string).
 */
public final class EventJson {
    private EventJson() {}

    public static String of(StoredEvent event) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("position", event.position())
                .add("id", event.id().toString())
                .add("type", event.type())
                .add("aggregateId", event.aggregateId())
                .add("version", event.version())
                .add("occurredAt", event.occurredAt().toString());
        if (event.actor() != null) {
            json.add("actor", event.actor());
        }
        if (event.requestId() != null) {
            json.add("requestId", event.requestId());
        }
        try (var reader = Json.createReader(new StringReader(event.payload()))) {
            json.add("payload", reader.readValue());
        }
        return json.build().toString();
    }
}
