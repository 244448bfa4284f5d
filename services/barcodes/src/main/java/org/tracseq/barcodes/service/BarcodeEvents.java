package org.tracseq.barcodes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.tracseq.barcodes.domain.BarcodeEntry;
import org.tracseq.barcodes.domain.BarcodeStatus;
import org.tracseq.platform.events.Outbox;
import org.tracseq.platform.json.WireEnumSerializer;

/**
 * What other services learn of barcodes ({@code barcodes.barcode.*}, aggregate = the barcode), one
 * event per barcode so a barcode's issue and claim are versions 1 and 2 of one aggregate; published
 * through the outbox in the caller's transaction. Schemas: {@code openapi/events.asyncapi.yaml}.
 */
@ApplicationScoped
public class BarcodeEvents {
    @Inject
    Outbox outbox;

    public record Created(String barcode, String prefix, String typeCode, String status) {}

    public record Claimed(String barcode, String owner, Instant claimedAt) {}

    /** A claim by event that found the barcode issued, or claimed for someone else. */
    public record ClaimConflict(String barcode, String status, String owner, String wantedBy) {}

    /** {@code barcodes.barcode.issued} or {@code .reserved}, after the entries' status. */
    void created(List<BarcodeEntry> entries, String actor) {
        for (BarcodeEntry entry : entries) {
            String status = WireEnumSerializer.wireValue(entry.status());
            outbox.publish(
                    entry.status() == BarcodeStatus.RESERVED ? "barcodes.barcode.reserved" : "barcodes.barcode.issued",
                    entry.barcode().text(),
                    new Created(
                            entry.barcode().text(),
                            entry.barcode().prefix(),
                            entry.barcode().typeCode(),
                            status),
                    actor);
        }
    }

    void claimed(BarcodeEntry entry, String actor) {
        outbox.publish(
                "barcodes.barcode.claimed",
                entry.barcode().text(),
                new Claimed(entry.barcode().text(), entry.owner(), entry.claimedAt()),
                actor);
    }

    void claimConflict(BarcodeEntry entry, String wantedBy, String actor) {
        outbox.publish(
                "barcodes.barcode.claim_conflict",
                entry.barcode().text(),
                new ClaimConflict(
                        entry.barcode().text(), WireEnumSerializer.wireValue(entry.status()), entry.owner(), wantedBy),
                actor);
    }
}
