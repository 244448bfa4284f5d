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
}
