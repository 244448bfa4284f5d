package org.tracseq.libraryprep.domain;

import java.util.UUID;

/** Which libraries a list shows: by source sample, plate, tube barcode; null means any. */
public record LibraryFilter(UUID sampleId, UUID plateId, String barcode) {}
