package org.tracseq.storage.api;

import java.util.UUID;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.storage.service.StorageService;

/** Checks shared by the resources: a body is present, texts fit, paging is sane, a sample is named once. */
final class Requests {
    static final int MAX_NOTE = 2000;
    static final int MAX_SIZE = 500;

    private Requests() {}

    static <T> T required(T body) {
        if (body == null) {
            throw ProblemException.badRequest("This request needs a JSON body");
        }
        return body;
    }

    static void paging(Integer page, Integer size) {
        ValidationProblem.collector()
                .check(page == null || page >= 0, "page", "must be 0 or more")
                .check(size == null || (size >= 1 && size <= MAX_SIZE), "size", "must be between 1 and " + MAX_SIZE)
                .throwIfAny();
    }

    static int page(Integer page) {
        return page == null ? 0 : page;
    }

    static int size(Integer size) {
        return size == null ? 20 : size;
    }

    static void note(ValidationProblem.Collector problems, String field, String note) {
        problems.check(note == null || note.length() <= MAX_NOTE, field, "must be at most " + MAX_NOTE + " characters");
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
