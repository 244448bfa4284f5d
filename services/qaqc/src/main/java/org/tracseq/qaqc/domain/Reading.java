package org.tracseq.qaqc.domain;

import java.math.BigDecimal;

/** One value a file gives for a metric, already in the metric's unit (ng/uL, nM, %, bp, ratio). */
public record Reading(String metric, BigDecimal value) {}
