package org.tracseq.storage.api;

import java.util.UUID;
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.storage.service.StorageService;

/** Request checks of this API that several resources share: notes fit, a sample is named exactly once. */
final class Requests {
    static final int MAX_NOTE = 2000;

    private Requests() {}

    static void note(ValidationProblem.Collector problems, String field, String note) {
        problems.check(note == null || note.length() <= MAX_NOTE, field, "must be at most " + MAX_NOTE + " characters");
    }

    /** A position is a label such as A01; only leaving it out asks for the next free one (ST-3). */
    static void position(ValidationProblem.Collector problems, String field, String position) {
        problems.check(
                position == null || !position.isBlank(),
                field,
                "is empty; give a label such as A01, or leave the field out to take the next free position");
    }

    /** Exactly one of sample id and barcode. */
    static StorageService.SampleRef sample(
            ValidationProblem.Collector problems, String prefix, UUID id, String barcode) {
        boolean hasBarcode = barcode != null && !barcode.isBlank();
        problems.check(id != null || hasBarcode, prefix + "sampleId", "give the sample's id or its barcode");
        problems.check(id == null || !hasBarcode, prefix + "barcode", "give the sample's id or its barcode, not both");
        problems.check(barcode == null || barcode.length() <= 50, prefix + "barcode", "must be at most 50 characters");
        return new StorageService.SampleRef(id, hasBarcode ? barcode.trim() : null);
    }
}
