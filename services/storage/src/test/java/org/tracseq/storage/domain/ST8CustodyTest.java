package org.tracseq.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.problem.RuleViolation;

class ST8CustodyTest {

    @Test
    void aFailedReceiptNeedsANote() {
        assertThatThrownBy(() -> Handling.checkReceipt(true, null)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.rule()).isEqualTo("ST-8");
            assertThat(v.status()).isEqualTo(422);
        });
        assertThatThrownBy(() -> Handling.checkReceipt(true, "  ")).isInstanceOf(RuleViolation.class);
        assertThatCode(() -> Handling.checkReceipt(true, "cap cracked")).doesNotThrowAnyException();
        assertThatCode(() -> Handling.checkReceipt(false, null)).doesNotThrowAnyException();
    }

    @Test
    void everyHandlingStepHasAnEventKind() {
        assertThat(Arrays.stream(EventKind.values()).map(EventKind::wireValue))
                .contains(
                        "received",
                        "receipt_failed",
                        "placed",
                        "moved",
                        "checked_out",
                        "checked_in",
                        "released",
                        "discarded");
        assertThat(EventKind.fromWire("checked_out")).isEqualTo(EventKind.CHECKED_OUT);
    }
}
