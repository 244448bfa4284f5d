package org.tracseq.libraryprep.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** The sample a library is made from, as the samples service describes it (available volume in µL, or null). */
public record SourceSample(UUID id, String barcode, String type, String status, BigDecimal availableVolumeUl) {}
