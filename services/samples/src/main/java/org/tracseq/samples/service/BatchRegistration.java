package org.tracseq.samples.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.tracseq.samples.domain.BatchIntake;
import org.tracseq.samples.domain.SampleDraft;
import org.tracseq.samples.domain.Violations;

/**
 * Batch intake (SM-4) up to its transaction: the review of every row, the early refusal of an
 * all-or-nothing batch with problems, and barcodes for the rows without one. These steps run
 * outside any transaction (the barcodes call must hold no lock); {@link SampleService#registerBatch}
 * is the transaction that follows.
 */
@ApplicationScoped
public class BatchRegistration {
    @Inject
    SampleService samples;

    @Inject
    BarcodeAssignment barcodes;

    /**
     * A batch as the request gave it: its rows, what was wrong with each while it was read (by row
     * index), and whether it is all-or-nothing.
     */
    public record Request(List<SampleDraft> rows, Map<Integer, Violations> readProblems, boolean atomic) {
        public Request {
            rows = List.copyOf(rows);
            readProblems = Map.copyOf(readProblems);
        }
    }

    /**
     * The reviewed batch with barcodes issued for the valid rows that had none, its rows' own barcodes
     * checked (BC-2). An all-or-nothing batch with any problem is refused (422) before a barcode is
     * issued; the refusal names every problem, barcodes already taken included, though nothing will be
     * created.
     */
    public BatchIntake prepare(Request request, String clientKey) {
        BatchIntake intake = BatchIntake.review(request.rows(), request.readProblems());
        barcodes.checkOwn(intake);
        if (request.atomic() && intake.hasProblems()) {
            samples.markTakenBarcodes(intake);
            throw intake.rejection();
        }
        return barcodes.forBatch(intake, clientKey);
    }
}
