package org.tracseq.barcodes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** BC-2: only a reserved barcode can be claimed, and only once; the database test is BarcodesIT. */
class BC2ClaimRulesTest {
    private static final Barcode BARCODE = new Barcode("TS", null, LocalDate.of(2026, 11, 28), 5);
    private static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");

    @Test
    void aSecondClaimIsAConflictNamingTheFirstOwner() {
        var claimed = new BarcodeEntry(BARCODE, BarcodeStatus.CLAIMED, NOW, "alice", "sample:1", NOW, "bob");
        var refusal = claimed.claimRefusal();
        assertThat(refusal.status()).isEqualTo(409);
        assertThat(refusal.rule()).isEqualTo("BC-2");
        assertThat(refusal.getMessage()).contains("already claimed", "sample:1");
    }

    @Test
    void anIssuedBarcodeWasNeverReservedSoCannotBeClaimed() {
        var refusal = BarcodeEntry.created(BARCODE, BarcodeStatus.ISSUED, NOW, "alice")
                .claimRefusal();
        assertThat(refusal.status()).isEqualTo(409);
        assertThat(refusal.rule()).isEqualTo("BC-2");
        assertThat(refusal.getMessage()).contains("issued directly", "/reservations");
    }

    @Test
    void aReservedBarcodeHasNothingToRefuse() {
        var reserved = BarcodeEntry.created(BARCODE, BarcodeStatus.RESERVED, NOW, "alice");
        assertThatThrownBy(reserved::claimRefusal).isInstanceOf(IllegalStateException.class);
    }

    /** A claim by event that changed nothing is fine only when it was this owner's already (a redelivery). */
    @Test
    void aClaimByEventConflictsUnlessTheBarcodeIsThatOwnersAlready() {
        var claimed = new BarcodeEntry(BARCODE, BarcodeStatus.CLAIMED, NOW, "alice", "sample-1", NOW, "bob");
        assertThat(claimed.conflictsWith("sample-1")).isFalse();
        assertThat(claimed.conflictsWith("sample-2")).isTrue();
        assertThat(BarcodeEntry.created(BARCODE, BarcodeStatus.ISSUED, NOW, "alice")
                        .conflictsWith("sample-1"))
                .isTrue();
    }
}
