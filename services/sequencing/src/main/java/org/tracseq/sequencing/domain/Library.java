package org.tracseq.sequencing.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** A library as library-prep announced it: its source sample, indexes (i5 forward, LB-4) and molarity (LB-2). */
public record Library(
        UUID id,
        String name,
        UUID sampleId,
        UUID librarySampleId,
        String barcode,
        String kit,
        String i7Name,
        String i7,
        String i5Name,
        String i5,
        BigDecimal concentrationNgPerUl,
        Integer meanFragmentBp,
        BigDecimal volumeUl,
        BigDecimal molarityNm) {

    /** The library in a lane's checks, named by its Sample_ID (its name). */
    public LaneLibrary inLane() {
        return new LaneLibrary(name, i7Name, IndexSequence.ofNullable(i7), i5Name, IndexSequence.ofNullable(i5));
    }

    /** Its indexes as a catalogue entry (for suggestions and naming unknown barcodes), when it has an i7. */
    public CatalogueIndex asCatalogueIndex() {
        String indexName = i5Name == null ? i7Name : i7Name + "/" + i5Name;
        return CatalogueIndex.of(indexName == null ? name : indexName, i7, i5);
    }
}
