package org.tracseq.sequencing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A pool as made; it never changes. {@code overrideReason}/{@code overrideBy}: the QC-4 override, if any. */
public record Pool(
        UUID id,
        String name,
        BigDecimal targetMolarityNm,
        BigDecimal targetVolumeUl,
        BigDecimal bufferUl,
        List<PooledLibrary> libraries,
        String overrideReason,
        String overrideBy,
        String createdBy,
        Instant createdAt) {}
