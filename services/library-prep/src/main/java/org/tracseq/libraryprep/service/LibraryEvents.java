package org.tracseq.libraryprep.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.tracseq.libraryprep.domain.IndexRead;
import org.tracseq.libraryprep.domain.KitDefinition;
import org.tracseq.libraryprep.domain.Library;
import org.tracseq.libraryprep.domain.WireValue;
import org.tracseq.platform.events.Outbox;

/**
 * What other services learn of library preparation ({@code library-prep.*}), through the outbox in
 * the caller's transaction: libraries made and normalised (aggregate = the library; qaqc follows
 * them by these names), plates made (the plate) and kits imported (with their indexes) or superseded
 * (the kit version).
 * Schemas: {@code openapi/events.asyncapi.yaml}.
 */
@ApplicationScoped
public class LibraryEvents {
    @Inject
    Outbox outbox;

    public record LibraryCreated(
            UUID libraryId,
            String name,
            UUID sampleId,
            String sampleBarcode,
            UUID librarySampleId,
            String barcode,
            UUID kitId,
            String kit,
            String protocol,
            String i7Name,
            String i7,
            String i5Name,
            String i5,
            BigDecimal concentrationNgPerUl,
            int meanFragmentBp,
            BigDecimal volumeUl,
            BigDecimal molarityNm,
            UUID plateId,
            String well,
            List<String> warnings) {}

    public record LibraryNormalised(
            UUID libraryId,
            String barcode,
            BigDecimal concentrationNgPerUl,
            BigDecimal volumeUl,
            BigDecimal molarityNm) {}

    public record PlateCreated(UUID plateId, String name, int format, UUID kitId, List<UUID> libraryIds) {}

    /** The kit with its whole index list, so consumers keep the catalogue without asking for it. */
    public record KitImported(
            UUID kitId, String name, int version, String indexing, int i7Count, int i5Count, List<KitIndex> indexes) {}

    /** One index of a kit as it travels: {@code i7} or {@code i5}, its name, its bases (i5 forward, LB-4). */
    public record KitIndex(String read, String name, String sequence) {}

    public record KitSuperseded(UUID kitId, String name, int version, UUID supersededBy) {}

    void libraryCreated(Library library, String kitLabel, String actor) {
        var i5 = library.indexes().i5();
        outbox.publish(
                "library-prep.library.created",
                library.id().toString(),
                new LibraryCreated(
                        library.id(),
                        library.name(),
                        library.sampleId(),
                        library.sampleBarcode(),
                        library.librarySampleId(),
                        library.barcode(),
                        library.kitId(),
                        kitLabel,
                        library.protocol(),
                        library.indexes().i7().name(),
                        library.indexes().i7().sequence(),
                        i5 == null ? null : i5.name(),
                        i5 == null ? null : i5.sequence(),
                        library.concentrationNgPerUl(),
                        library.meanFragmentBp(),
                        library.volumeUl(),
                        library.molarityNm(),
                        library.plateId(),
                        library.well(),
                        library.warnings().isEmpty() ? null : library.warnings()),
                actor);
    }

    void libraryNormalised(Library library, String actor) {
        outbox.publish(
                "library-prep.library.normalised",
                library.id().toString(),
                new LibraryNormalised(
                        library.id(),
                        library.barcode(),
                        library.concentrationNgPerUl(),
                        library.volumeUl(),
                        library.molarityNm()),
                actor);
    }

    void plateCreated(UUID plateId, String name, int format, UUID kitId, List<UUID> libraryIds, String actor) {
        outbox.publish(
                "library-prep.plate.created",
                plateId.toString(),
                new PlateCreated(plateId, name, format, kitId, libraryIds),
                actor);
    }

    void kitImported(UUID kitId, KitDefinition kit, int version, String actor) {
        outbox.publish(
                "library-prep.kit.imported",
                kitId.toString(),
                new KitImported(
                        kitId,
                        kit.name(),
                        version,
                        WireValue.of(kit.indexing()),
                        kit.of(IndexRead.I7).size(),
                        kit.of(IndexRead.I5).size(),
                        kit.indexes().stream()
                                .map(index -> new KitIndex(WireValue.of(index.read()), index.name(), index.sequence()))
                                .toList()),
                actor);
    }

    void kitSuperseded(UUID kitId, String name, int version, UUID supersededBy, String actor) {
        outbox.publish(
                "library-prep.kit.superseded",
                kitId.toString(),
                new KitSuperseded(kitId, name, version, supersededBy),
                actor);
    }
}
