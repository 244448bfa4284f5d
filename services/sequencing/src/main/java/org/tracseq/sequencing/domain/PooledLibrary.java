package org.tracseq.sequencing.domain;

import java.math.BigDecimal;
import java.util.List;

/** A library in a pool: its wanted share, its volume, its molarity then, and its QC-4 standing when pooled. */
public record PooledLibrary(
        Library library,
        BigDecimal share,
        BigDecimal shareFraction,
        BigDecimal volumeUl,
        BigDecimal molarityNm,
        PoolQc.Standing qc,
        List<String> qcReasons) {}
