package org.tracseq.sequencing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.tracseq.platform.events.Event;
import org.tracseq.platform.events.EventHandler;
import org.tracseq.sequencing.domain.Library;
import org.tracseq.sequencing.persistence.LibraryRepository;

/**
 * Keeps {@code known_libraries} from the library-prep service's events (group
 * {@code sequencing.libraries}): {@code library-prep.library.created} and {@code .normalised} carry
 * the whole library (indexes, molarity, source sample), so pools and sheets never ask library-prep.
 * A normalisation changes concentration, volume and molarity; the newer event wins by version.
 */
@ApplicationScoped
public class LibraryProjection implements EventHandler {
    private static final Set<String> TYPES = Set.of("library-prep.library.created", "library-prep.library.normalised");

    @Inject
    LibraryRepository libraries;

    @Override
    public String group() {
        return "sequencing.libraries";
    }

    @Override
    public Set<String> families() {
        return Set.of("library-prep");
    }

    @Override
    public void apply(Event event) {
        if (!TYPES.contains(event.type())) {
            return;
        }
        JsonObject library;
        try (var reader = Json.createReader(new StringReader(event.payload()))) {
            library = reader.readObject();
        }
        libraries.seen(
                new Library(
                        UUID.fromString(library.getString("libraryId")),
                        library.getString("name"),
                        UUID.fromString(library.getString("sampleId")),
                        uuid(library, "librarySampleId"),
                        text(library, "barcode"),
                        text(library, "kit"),
                        text(library, "i7Name"),
                        text(library, "i7"),
                        text(library, "i5Name"),
                        text(library, "i5"),
                        number(library, "concentrationNgPerUl"),
                        library.get("meanFragmentBp") instanceof JsonNumber bp ? bp.intValue() : null,
                        number(library, "volumeUl"),
                        number(library, "molarityNm")),
                event.version());
    }

    private static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : object.getString(key);
    }

    private static UUID uuid(JsonObject object, String key) {
        String text = text(object, key);
        return text == null ? null : UUID.fromString(text);
    }

    private static BigDecimal number(JsonObject object, String key) {
        return object.get(key) instanceof JsonNumber number ? number.bigDecimalValue() : null;
    }
}
