package org.tracseq.libraryprep.service;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a technician asks for one library: the source sample (by id or barcode), kit, protocol,
 * indexes (the i5 may be left to the kit) and the library's numbers; on a plate, its well too.
 */
public record LibraryOrder(
        SampleRef sample,
        String name,
        UUID kitId,
        String protocol,
        String i7Name,
        String i5Name,
        Numbers numbers,
        String well) {

    /** The source sample, by exactly one of its id and its barcode. */
    public record SampleRef(UUID id, String barcode) {
        String label() {
            return id != null ? id.toString() : barcode;
        }
    }

    /** The library as measured (LB-1), the input taken from its sample (µL), and the input mass if known. */
    public record Numbers(
            BigDecimal concentrationNgPerUl,
            int meanFragmentBp,
            BigDecimal volumeUl,
            BigDecimal inputVolumeUl,
            BigDecimal inputNg) {}
}
