package org.tracseq.libraryprep.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A library (LB-1): its source sample, its tube (a derived child sample with its barcode), kit,
 * protocol and indexes, its numbers and the molarity computed from them (LB-2), its plate well if
 * it was made on a plate, and the warnings it was made with.
 */
public record Library(
        UUID id,
        String name,
        UUID sampleId,
        String sampleBarcode,
        UUID librarySampleId,
        String barcode,
        UUID kitId,
        String protocol,
        IndexPair indexes,
        BigDecimal concentrationNgPerUl,
        int meanFragmentBp,
        BigDecimal volumeUl,
        BigDecimal inputVolumeUl,
        BigDecimal inputNg,
        BigDecimal molarityNm,
        UUID plateId,
        String well,
        List<String> warnings,
        OffsetDateTime createdAt,
        String createdBy) {

    public Library {
        warnings = List.copyOf(warnings);
    }
}
