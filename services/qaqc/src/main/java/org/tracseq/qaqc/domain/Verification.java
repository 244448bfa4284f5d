package org.tracseq.qaqc.domain;

import java.time.Instant;

/** One verification of a result (QC-3). */
public record Verification(String verifiedBy, Instant verifiedAt, String note) {}
