package org.tracseq.samples.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.tracseq.samples.client.BarcodeIssuer;
import org.tracseq.samples.domain.Barcodes;
import org.tracseq.samples.domain.BatchIntake;
import org.tracseq.samples.domain.ChildBatch;
import org.tracseq.samples.domain.ChildDraft;
import org.tracseq.samples.domain.Sample;
import org.tracseq.samples.domain.SampleDraft;
import org.tracseq.samples.domain.SampleType;

/**
 * Gives new samples without a barcode one from the barcodes service, and checks that a barcode a
 * sample brings can be claimed (BC-2: a TracSeq label must have been reserved and not claimed yet;
 * another maker's label is taken as it is), before any transaction opens. The claim itself is the
 * barcodes service's, when it reads the {@code samples.sample.registered} event. While that service
 * is down, samples that bring their own barcode are still registered, unchecked.
 */
@ApplicationScoped
public class BarcodeAssignment {
    @Inject
    BarcodeIssuer issuer;

    @Inject
    SampleService samples;

    public SampleDraft forSample(SampleDraft draft, String clientKey) {
        if (draft.barcode() != null) {
            checkOwn(draft.barcode());
            return draft;
        }
        return draft.withBarcode(issueOne(Operations.CREATE, draft.type(), clientKey));
    }

    public ChildDraft forChild(ChildDraft draft, UUID parentId, SampleType childType, String clientKey) {
        if (draft.barcode() != null) {
            checkOwn(draft.barcode());
            return draft;
        }
        return draft.withBarcode(issueOne(Operations.createChild(parentId), childType, clientKey));
    }

    /** Marks the rows whose own barcode cannot be claimed (BC-2); one question per such barcode. */
    public void checkOwn(BatchIntake intake) {
        List<String> own = intake.rows().stream()
                .map(SampleDraft::barcode)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (!own.isEmpty()) {
            intake.markUnclaimable(unclaimable(own, samples.registeredBarcodes(own)));
        }
    }

    /** Marks the children whose own barcode is taken (SM-3) or cannot be claimed (BC-2). */
    public void checkOwn(ChildBatch batch) {
        List<String> own = batch.ownBarcodes();
        if (!own.isEmpty()) {
            Set<String> registered = samples.registeredBarcodes(own);
            batch.markBarcodes(registered, unclaimable(own, registered));
        }
    }

    /** Why each of {@code own} that cannot be claimed cannot (BC-2), by barcode. */
    private Map<String, String> unclaimable(List<String> own, Set<String> registered) {
        Map<String, String> refusals = new HashMap<>();
        for (String barcode : own) {
            Barcodes.preprintedRefusal(barcode, issuer.standing(barcode), registered.contains(barcode))
                    .ifPresent(why -> refusals.put(barcode, why));
        }
        return refusals;
    }

    private void checkOwn(String barcode) {
        Barcodes.checkPreprinted(barcode, issuer.standing(barcode), samples.isRegistered(barcode));
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

    /** One barcodes call per child type among the rows of a reviewed batch that bring no barcode. */
    public ChildBatch forChildren(ChildBatch batch, Map<UUID, Sample> parents, String clientKey) {
        Map<Integer, String> issued = new HashMap<>();
        batch.rowsNeedingBarcodes(parents).forEach((type, rows) -> {
            List<String> barcodes = issuer.issue(
                    type, rows.size(), BarcodeIssuer.keyFor(Operations.CREATE_CHILDREN, clientKey, type, rows.size()));
            for (int i = 0; i < rows.size(); i++) {
                issued.put(rows.get(i), barcodes.get(i));
            }
        });
        return issued.isEmpty() ? batch : batch.withBarcodes(issued);
    }

    private String issueOne(String operation, SampleType type, String clientKey) {
        return issuer.issue(type, 1, BarcodeIssuer.keyFor(operation, clientKey, type, 1))
                .get(0);
    }
}
