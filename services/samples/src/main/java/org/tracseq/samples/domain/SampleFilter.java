package org.tracseq.samples.domain;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * Which samples a list or export shows. Empty sets mean any (ids and barcodes are exact matches); deleted samples are only shown when
 * {@code statuses} asks for them.
 */
public record SampleFilter(
        Set<UUID> ids,
        Set<String> barcodes,
        Set<SampleStatus> statuses,
        Set<SampleType> types,
        String text,
        OffsetDateTime createdFrom,
        OffsetDateTime createdTo) {
    /** The fields a list or export may be sorted by ({@code ?sort=}). */
    public static final Set<String> SORTABLE = Set.of("name", "barcode", "type", "status", "createdAt", "updatedAt");

    public SampleFilter {
        ids = ids == null ? Set.of() : Set.copyOf(ids);
        barcodes = barcodes == null ? Set.of() : Set.copyOf(barcodes);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        types = types == null ? Set.of() : Set.copyOf(types);
        text = text == null || text.isBlank() ? null : text.trim();
    }

    public boolean showsDeleted() {
        return statuses.contains(SampleStatus.DELETED);
    }
}
