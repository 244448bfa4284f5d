package org.tracseq.barcodes.domain;

import java.time.Instant;
import org.tracseq.platform.problem.RuleViolation;

/**
 * A barcode this service issued or reserved, with its audit trail: who created it and when, and
 * for a claimed one the owner it went to, who claimed it and when. Claim fields are null until then.
 */
public record BarcodeEntry(
        Barcode barcode,
        BarcodeStatus status,
        Instant createdAt,
        String createdBy,
        String owner,
        Instant claimedAt,
        String claimedBy) {

    public static BarcodeEntry created(Barcode barcode, BarcodeStatus status, Instant at, String actor) {
        return new BarcodeEntry(barcode, status, at, actor, null, null, null);
    }

    /**
     * Whether a claim for {@code owner} that changed nothing is a conflict: yes unless the barcode was
     * claimed for that very owner already (a redelivered event).
     */
    public boolean conflictsWith(String owner) {
        return status != BarcodeStatus.CLAIMED || !owner.equals(this.owner);
    }

    /** Why this entry cannot be claimed now: only a reserved barcode can, and only once (BC-2). */
    public RuleViolation claimRefusal() {
        return switch (status) {
            case CLAIMED ->
                RuleViolation.conflict(
                        "BC-2",
                        "Barcode " + barcode + " was already claimed for " + owner + " at " + claimedAt
                                + "; a reserved barcode can be claimed only once");
            case ISSUED ->
                RuleViolation.conflict(
                        "BC-2",
                        "Barcode " + barcode + " was issued directly, not "
                                + "reserved; only barcodes from POST /reservations can be claimed");
            case RESERVED -> throw new IllegalStateException("A reserved barcode can be claimed: " + barcode);
        };
    }
}
