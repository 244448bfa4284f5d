package org.tracseq.libraryprep.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.tracseq.libraryprep.domain.IndexEntry;
import org.tracseq.libraryprep.domain.IndexRead;
import org.tracseq.libraryprep.domain.KitDefinition;

/**
 * A kit version as the API shows it: its definition (indexes empty in a list's summary), counts, and
 * whether a library uses it. {@code label} is how libraries name it, e.g. {@code Nextera XT Index Kit v2 v1}.
 */
public record KitView(
        UUID id,
        int version,
        boolean current,
        UUID supersededBy,
        KitDefinition definition,
        int i7Count,
        int i5Count,
        Integer i7Length,
        Integer i5Length,
        boolean inUse,
        OffsetDateTime importedAt,
        String importedBy) {

    public static String label(String name, int version) {
        return name + " v" + version;
    }

    public String label() {
        return label(definition.name(), version);
    }

    static KitView of(KitDefinition definition, KitFacts facts) {
        List<IndexEntry> indexes = definition.indexes();
        return new KitView(
                facts.id(),
                facts.version(),
                facts.current(),
                facts.supersededBy(),
                definition,
                (int) indexes.stream()
                        .filter(index -> index.read() == IndexRead.I7)
                        .count(),
                (int) indexes.stream()
                        .filter(index -> index.read() == IndexRead.I5)
                        .count(),
                boxed(definition.length(IndexRead.I7)),
                boxed(definition.length(IndexRead.I5)),
                facts.inUse(),
                facts.importedAt(),
                facts.importedBy());
    }

    private static Integer boxed(java.util.OptionalInt length) {
        return length.isPresent() ? length.getAsInt() : null;
    }

    /** What the database knows of a kit version beyond its file. */
    record KitFacts(
            UUID id,
            int version,
            boolean current,
            UUID supersededBy,
            boolean inUse,
            OffsetDateTime importedAt,
            String importedBy) {}
}
