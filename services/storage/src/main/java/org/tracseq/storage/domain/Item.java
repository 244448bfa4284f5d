package org.tracseq.storage.domain;

import java.time.Instant;
import java.util.UUID;

/** A sample as this service knows it; {@code position} is set while it holds one. */
public record Item(
        UUID sampleId,
        String barcode,
        String sampleType,
        StorageState state,
        int freezeThawCount,
        Instant updatedAt,
        Placement position) {

    /** Where an item sits: a box and a cell of it. */
    public record Placement(UUID boxId, int row, int column) {
        public String label() {
            return BoxGeometry.label(row, column);
        }
    }
}
