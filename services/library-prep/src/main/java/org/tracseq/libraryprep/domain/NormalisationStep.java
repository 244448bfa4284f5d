package org.tracseq.libraryprep.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One recorded normalisation of a library (LB-3): from and to, the diluent added, the molarity after. */
public record NormalisationStep(
        UUID id,
        UUID libraryId,
        BigDecimal fromConcentrationNgPerUl,
        BigDecimal fromVolumeUl,
        BigDecimal toConcentrationNgPerUl,
        BigDecimal toVolumeUl,
        BigDecimal diluentUl,
        BigDecimal molarityNm,
        String note,
        OffsetDateTime at,
        String by) {}
