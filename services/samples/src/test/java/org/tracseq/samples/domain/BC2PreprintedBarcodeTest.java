package org.tracseq.samples.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tracseq.platform.problem.RuleViolation;

/** BC-2 as samples applies it before registering a sample with its own barcode. */
class BC2PreprintedBarcodeTest {
    private static final String LABEL = "TS-DNA-20260101-000001-7";

    @Test
    void aReservedBarcodeAnotherMakersLabelAndAnUncheckedOneAreTaken() {
        for (BarcodeStanding standing :
                new BarcodeStanding[] {BarcodeStanding.RESERVED, BarcodeStanding.FOREIGN, BarcodeStanding.UNCHECKED}) {
            assertThat(Barcodes.preprintedRefusal(LABEL, standing, false))
                    .as("%s", standing)
                    .isEmpty();
        }
    }

    @Test
    void aClaimedIssuedOrNeverIssuedTracSeqBarcodeIsRefusedNamingBC2() {
        assertThat(Barcodes.preprintedRefusal(LABEL, BarcodeStanding.CLAIMED, false))
                .hasValueSatisfying(why -> assertThat(why).contains("claimed already"));
        assertThat(Barcodes.preprintedRefusal(LABEL, BarcodeStanding.ISSUED, false))
                .hasValueSatisfying(why -> assertThat(why).contains("was issued, not reserved"));
        assertThat(Barcodes.preprintedRefusal(LABEL, BarcodeStanding.NEVER_ISSUED, false))
                .hasValueSatisfying(why -> assertThat(why).contains("never reserved"));
        assertThatThrownBy(() -> Barcodes.checkPreprinted(LABEL, BarcodeStanding.CLAIMED, false))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo("BC-2"));
    }

    /** Claimed for a sample registered here: SM-3 refuses it (or an idempotent retry answers again). */
    @Test
    void aClaimedBarcodeASampleHereHasIsLeftToSM3() {
        assertThat(Barcodes.preprintedRefusal(LABEL, BarcodeStanding.CLAIMED, true))
                .isEmpty();
    }
}
