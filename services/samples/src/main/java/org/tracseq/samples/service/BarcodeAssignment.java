package org.tracseq.samples.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tracseq.samples.client.BarcodeIssuer;
import org.tracseq.samples.domain.BatchIntake;
import org.tracseq.samples.domain.ChildDraft;
import org.tracseq.samples.domain.SampleDraft;
import org.tracseq.samples.domain.SampleType;

/**
 * Gives new samples without a barcode one from the barcodes service, before any transaction opens.
 * Samples that bring their own barcode never call the barcodes service, so they can be registered
 * while it is down.
 */
@ApplicationScoped
public class BarcodeAssignment {
    @Inject
    BarcodeIssuer issuer;

    public SampleDraft forSample(SampleDraft draft, String clientKey) {
        return draft.barcode() != null
                ? draft
                : draft.withBarcode(issueOne(Operations.CREATE, draft.type(), clientKey));
    }

    public ChildDraft forChild(ChildDraft draft, UUID parentId, SampleType childType, String clientKey) {
        return draft.barcode() != null
                ? draft
                : draft.withBarcode(issueOne(Operations.createChild(parentId), childType, clientKey));
    }

    /** One barcodes call per sample type among the valid rows that need a barcode. */
    public BatchIntake forBatch(BatchIntake intake, String clientKey) {
        Map<Integer, String> issued = new HashMap<>();
        intake.rowsNeedingBarcodes().forEach((type, rows) -> {
            List<String> barcodes = issuer.issue(
                    type, rows.size(), BarcodeIssuer.keyFor(Operations.CREATE_BATCH, clientKey, type, rows.size()));
            for (int i = 0; i < rows.size(); i++) {
                issued.put(rows.get(i), barcodes.get(i));
            }
        });
        return issued.isEmpty() ? intake : intake.withBarcodes(issued);
    }

    private String issueOne(String operation, SampleType type, String clientKey) {
        return issuer.issue(type, 1, BarcodeIssuer.keyFor(operation, clientKey, type, 1))
                .get(0);
    }
}
