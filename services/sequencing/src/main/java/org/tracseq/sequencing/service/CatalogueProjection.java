package org.tracseq.sequencing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tracseq.platform.events.Event;
import org.tracseq.platform.events.EventHandler;
import org.tracseq.sequencing.domain.CatalogueKit;
import org.tracseq.sequencing.persistence.CatalogueRepository;

/**
 * Keeps library-prep's index catalogue from its events (group {@code sequencing.catalogue}):
 * {@code library-prep.kit.imported} carries a kit's indexes and how they pair (seeded, imported or
 * corrected; the newer event wins by version), {@code .kit.superseded} retires a kit from CB-1
 * suggestions. An import published before kit events carried indexes leaves the kit without any.
 */
@ApplicationScoped
public class CatalogueProjection implements EventHandler {
    @Inject
    CatalogueRepository catalogue;

    @Override
    public String group() {
        return "sequencing.catalogue";
    }

    @Override
    public Set<String> families() {
        return Set.of("library-prep");
    }

    @Override
    public void apply(Event event) {
        switch (event.type()) {
            case "library-prep.kit.imported" -> imported(event);
            case "library-prep.kit.superseded" -> {
                JsonObject kit = payload(event);
                catalogue.superseded(
                        UUID.fromString(kit.getString("kitId")),
                        kit.getString("name"),
                        kit.getInt("version"),
                        UUID.fromString(kit.getString("supersededBy")));
            }
            default -> {
                // Libraries and plates are LibraryProjection's.
            }
        }
    }

    private void imported(Event event) {
        JsonObject kit = payload(event);
        JsonValue indexes = kit.get("indexes");
        List<CatalogueKit.KitIndex> list = indexes == null || indexes.getValueType() != JsonValue.ValueType.ARRAY
                ? List.of()
                : indexes.asJsonArray().getValuesAs(JsonObject.class).stream()
                        .map(index -> new CatalogueKit.KitIndex(
                                index.getString("read"), index.getString("name"), index.getString("sequence")))
                        .toList();
        // Read as the lane checks will read it: a kit they could not use fails here, as a dead letter.
        new CatalogueKit(kit.getString("name"), kit.getInt("version"), kit.getString("indexing"), true, list).pairs();
        catalogue.imported(
                UUID.fromString(kit.getString("kitId")),
                kit.getString("name"),
                kit.getInt("version"),
                kit.getString("indexing"),
                list,
                event.version());
    }

    private static JsonObject payload(Event event) {
        try (var reader = Json.createReader(new StringReader(event.payload()))) {
            return reader.readObject();
        }
    }
}
