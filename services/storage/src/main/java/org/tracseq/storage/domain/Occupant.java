package org.tracseq.storage.domain;

import java.util.UUID;

/**
 * Whoever sits in a box's cell. {@code barcode}, {@code state} and {@code sampleType} are null
 * where only the taken cells were asked for.
 */
public record Occupant(
        UUID boxId, int row, int column, UUID sampleId, String barcode, StorageState state, String sampleType) {}
