package org.tracseq.qaqc.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Set;
import java.util.UUID;
import org.tracseq.platform.events.Event;
import org.tracseq.platform.events.EventHandler;
import org.tracseq.qaqc.persistence.SubjectRepository;

/**
 * Keeps {@code known_samples} from the samples service's events (group {@code qaqc.samples}):
 * a registration gives id, barcode, type and status, a status change the status, an edit a new
 * barcode. Each row keeps the version it applied last, so a late event changes nothing; lineage
 * links are not needed here and are ignored.
 */
@ApplicationScoped
public class SampleProjection implements EventHandler {
    @Inject
    SubjectRepository projections;

    @Override
    public String group() {
        return "qaqc.samples";
    }

    @Override
    public Set<String> families() {
        return Set.of("samples");
    }

    @Override
    public void apply(Event event) {
        JsonObject payload = parse(event.payload());
        switch (event.type()) {
            case "samples.sample.registered" ->
                projections.sampleSeen(
                        UUID.fromString(payload.getString("sampleId")),
                        payload.getString("barcode"),
                        payload.getString("type"),
                        payload.getString("status"),
                        event.version());
            case "samples.sample.status_changed" ->
                projections.sampleSeen(
                        UUID.fromString(payload.getString("sampleId")),
                        payload.getString("barcode"),
                        null,
                        payload.getString("to"),
                        event.version());
            case "samples.sample.updated" ->
                payload.getJsonArray("changes").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(change -> change.containsKey("to"))
                        .forEach(change -> projections.sampleEdited(
                                UUID.fromString(payload.getString("sampleId")),
                                change.getString("field"),
                                change.getString("to"),
                                event.version()));
            default -> {
                // parent_linked: lineage is the samples service's concern
            }
        }
    }

    static JsonObject parse(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }
}
