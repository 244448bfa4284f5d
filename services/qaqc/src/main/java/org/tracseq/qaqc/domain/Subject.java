package org.tracseq.qaqc.domain;

import java.util.UUID;

/**
 * What a result is about: a sample (judged by the definitions for its type), a library (judged
 * by the definitions for {@code library}; {@code sourceSampleId} is its sample, for QC-4) or a
 * pool (by the definitions for {@code pool}; it has no barcode).
 */
public record Subject(SubjectKind kind, UUID id, String barcode, String appliesTo, UUID sourceSampleId) {
    public static Subject sample(UUID id, String barcode, String type) {
        return new Subject(SubjectKind.SAMPLE, id, barcode, type, null);
    }

    public static Subject library(UUID id, String barcode, UUID sourceSampleId) {
        return new Subject(SubjectKind.LIBRARY, id, barcode, "library", sourceSampleId);
    }

    public static Subject pool(UUID id) {
        return new Subject(SubjectKind.POOL, id, null, "pool", null);
    }
}
