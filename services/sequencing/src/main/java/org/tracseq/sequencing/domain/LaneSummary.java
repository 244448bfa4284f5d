package org.tracseq.sequencing.domain;

import java.math.BigDecimal;

/** One lane of the instrument's run summary. */
public record LaneSummary(
        int lane, BigDecimal yieldGb, BigDecimal percentQ30, BigDecimal percentPf, BigDecimal clusterDensityKPerMm2) {}
