package org.tracseq.storage.api;

import java.util.UUID;
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.storage.service.StorageService;

/**
 * Request checks of this API that several resources share and the contract cannot state: a position
 * label is not blank, a sample is named exactly once. Lengths and required fields are the contract's
 * (openapi/storage.yaml), checked before a resource runs.
 */
final class Requests {
    private Requests() {}

    /**
     * A position is a label such as A01; only leaving it out asks for the next free one (ST-3). The
     * contract refuses an empty label; one of spaces only is refused here.
     */
    static void position(ValidationProblem.Collector problems, String field, String position) {
        problems.check(
                position == null || !position.isBlank(),
                field,
                "must not be blank; give a label such as A01, or leave the field out to take the next free position");
    }

    /** Exactly one of sample id and barcode. */
    static StorageService.SampleRef sample(
            ValidationProblem.Collector problems, String prefix, UUID id, String barcode) {
        boolean hasBarcode = barcode != null && !barcode.isBlank();
        problems.check(id != null || hasBarcode, prefix + "sampleId", "give the sample's id or its barcode");
        problems.check(id == null || !hasBarcode, prefix + "barcode", "give the sample's id or its barcode, not both");
        return new StorageService.SampleRef(id, hasBarcode ? barcode.trim() : null);
    }
}
