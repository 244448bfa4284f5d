package org.tracseq.barcodes.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.tracseq.barcodes.domain.Barcode;
import org.tracseq.barcodes.domain.BarcodeEntry;
import org.tracseq.barcodes.domain.BarcodeFormat;
import org.tracseq.contract.barcodes.model.BarcodeBatch;
import org.tracseq.contract.barcodes.model.BarcodeRecord;
import org.tracseq.contract.barcodes.model.BarcodeStatus;
import org.tracseq.contract.barcodes.model.ValidationResult;
import org.tracseq.platform.json.WireEnumSerializer;

/** Domain values to the contract's wire models. */
final class BarcodeMapper {
    private BarcodeMapper() {}

    static BarcodeBatch batch(List<BarcodeEntry> entries) {
        return new BarcodeBatch()
                .barcodes(entries.stream().map(BarcodeMapper::record).toList());
    }

    static BarcodeRecord record(BarcodeEntry entry) {
        Barcode barcode = entry.barcode();
        return new BarcodeRecord()
                .barcode(barcode.text())
                .prefix(barcode.prefix())
                .typeCode(barcode.typeCode())
                .status(status(entry))
                .createdAt(utc(entry.createdAt()))
                .createdBy(entry.createdBy())
                .owner(entry.owner())
                .claimedAt(utc(entry.claimedAt()))
                .claimedBy(entry.claimedBy());
    }

    /** The verdict on a text, with where it stands when this service {@code known} it. */
    static ValidationResult validation(BarcodeFormat.Verdict verdict, Optional<BarcodeEntry> known) {
        ValidationResult result = new ValidationResult()
                .barcode(verdict.text())
                .valid(verdict.valid())
                .problems(verdict.problems())
                .known(known.isPresent())
                .status(known.map(BarcodeMapper::status).orElse(null));
        if (verdict.valid()) {
            Barcode barcode = verdict.barcode();
            result.prefix(barcode.prefix())
                    .typeCode(barcode.typeCode())
                    .date(barcode.date())
                    .sequence(barcode.sequence());
        }
        return result;
    }

    private static BarcodeStatus status(BarcodeEntry entry) {
        return BarcodeStatus.fromValue(WireEnumSerializer.wireValue(entry.status()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
