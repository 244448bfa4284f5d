package org.tracseq.barcodes.persistence;

import static org.tracseq.platform.persistence.NativeValues.instant;
import static org.tracseq.platform.persistence.NativeValues.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import org.tracseq.barcodes.domain.Barcode;
import org.tracseq.barcodes.domain.BarcodeEntry;
import org.tracseq.barcodes.domain.BarcodeStatus;
import org.tracseq.platform.json.WireEnumSerializer;

/**
 * A row of {@code barcodes}; read out as the domain's {@link BarcodeEntry}. The status column holds
 * the wire value ({@code reserved}) as plain text, which the conditional claim compares in SQL.
 */
@Entity
@Table(name = "barcodes")
public class BarcodeEntity {
    @Id
    private UUID id;

    private String barcode;

    private String prefix;

    @Column(name = "type_code")
    private String typeCode;

    private LocalDate day;

    private int sequence;

    private String status;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    private String owner;

    @Column(name = "claimed_at")
    private OffsetDateTime claimedAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    protected BarcodeEntity() {}

    /** A new row for {@code entry}, under a fresh id. */
    static BarcodeEntity of(BarcodeEntry entry) {
        Barcode barcode = entry.barcode();
        BarcodeEntity row = new BarcodeEntity();
        row.id = UUID.randomUUID();
        row.barcode = barcode.text();
        row.prefix = barcode.prefix();
        row.typeCode = barcode.typeCode();
        row.day = barcode.date();
        row.sequence = barcode.sequence();
        row.status = WireEnumSerializer.wireValue(entry.status());
        row.createdAt = utc(entry.createdAt());
        row.createdBy = entry.createdBy();
        row.owner = entry.owner();
        row.claimedAt = utc(entry.claimedAt());
        row.claimedBy = entry.claimedBy();
        return row;
    }

    BarcodeEntry toEntry() {
        return new BarcodeEntry(
                new Barcode(prefix, typeCode, day, sequence),
                BarcodeStatus.valueOf(status.toUpperCase(Locale.ROOT)),
                instant(createdAt),
                createdBy,
                owner,
                instant(claimedAt),
                claimedBy);
    }
}
