package org.tracseq.qaqc.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import org.tracseq.platform.events.Event;
import org.tracseq.platform.events.EventHandler;
import org.tracseq.qaqc.persistence.SubjectRepository;

/**
 * Keeps {@code known_libraries} from the library-prep service's events (group {@code qaqc.libraries}):
 * {@code library-prep.library.created} and {@code .normalised} give the library's source sample
 * (QC-4 needs it) and its tube (the library sample's barcode), so a library is matched by barcode
 * and judged with its sample without asking library-prep. Other library-prep events are ignored.
 */
@ApplicationScoped
public class LibraryProjection implements EventHandler {
    private static final Set<String> TYPES = Set.of("library-prep.library.created", "library-prep.library.normalised");

    @Inject
    SubjectRepository projections;

    @Override
    public String group() {
        return "qaqc.libraries";
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
        JsonObject library = SampleProjection.parse(event.payload());
        projections.librarySeen(
                UUID.fromString(library.getString("libraryId")),
                UUID.fromString(library.getString("sampleId")),
                library.containsKey("librarySampleId") && !library.isNull("librarySampleId")
                        ? UUID.fromString(library.getString("librarySampleId"))
                        : null,
                library.getString("barcode", null),
                library.getString("name", null),
                event.version());
    }
}
