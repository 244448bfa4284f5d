package org.tracseq.libraryprep.client;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What this service needs to know about a sample from the samples service; the available volume in
 * µL (null when the sample has none recorded). The shape of the platform's coming samples client.
 */
public record SampleInfo(
        UUID id, String barcode, String type, String status, BigDecimal availableVolumeUl, String name) {}
