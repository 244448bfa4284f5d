package org.tracseq.libraryprep.domain;

import java.math.BigDecimal;
import java.util.Set;

/** A named library-prep protocol: the input mass it takes, the sample types it is for, the fragment size it gives. */
public record Protocol(
        String code,
        String name,
        BigDecimal minInputNg,
        BigDecimal maxInputNg,
        Set<String> sampleTypes,
        int minFragmentBp,
        int maxFragmentBp) {

    public Protocol {
        sampleTypes = Set.copyOf(sampleTypes);
    }
}
