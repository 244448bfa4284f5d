package org.tracseq.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tracseq.platform.problem.RuleViolation;

class ST7DiscardTest {

    @ParameterizedTest
    @EnumSource(
            value = StorageState.class,
            names = {"STORED", "CHECKED_OUT", "RELEASED"})
    void anythingNotDiscardedCanBeDiscarded(StorageState state) {
        assertThat(Handling.discard(state, "BC")).isEqualTo(StorageState.DISCARDED);
    }

    @Test
    void aDiscardedItemIsNeverStoredOrHandledAgain() {
        for (Runnable action : new Runnable[] {
            () -> Handling.discard(StorageState.DISCARDED, "BC"),
            () -> Handling.place(StorageState.DISCARDED, "BC"),
            () -> Handling.move(StorageState.DISCARDED, "BC"),
            () -> Handling.checkOut(StorageState.DISCARDED, "BC"),
            () -> Handling.checkIn(StorageState.DISCARDED, "BC"),
            () -> Handling.release(StorageState.DISCARDED, "BC"),
            () -> Handling.checkSampleStatus("discarded", "BC"),
            () -> Handling.checkSampleStatus("deleted", "BC")
        }) {
            assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class, violation -> {
                assertThat(violation.rule()).isEqualTo("ST-7");
                assertThat(violation.status()).isEqualTo(409);
            });
        }
        assertThat(StorageState.DISCARDED.holdsPosition()).isFalse();
    }

    @Test
    void ST7_aDiscardIsCheckedAgainstTheSamplesStatusBeforeAnythingIsWritten() {
        // Samples follows from in_storage, or from validated while the placement's event is on its way.
        for (String status : new String[] {"validated", "in_storage"}) {
            Handling.checkSampleDiscardable(status, "BC");
        }
        for (String status : new String[] {"pending", "rejected", "in_sequencing", "completed", "failed"}) {
            assertThatThrownBy(() -> Handling.checkSampleDiscardable(status, "BC"))
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                        assertThat(violation.rule()).isEqualTo("SM-STATUS");
                        assertThat(violation.status()).isEqualTo(409);
                    });
        }
    }

    @Test
    void ST7_storageLetsGoOfASampleAlreadyOutOfCirculationInSamples() {
        for (String status : new String[] {"discarded", "archived", "deleted"}) {
            Handling.checkSampleDiscardable(status, "BC");
        }
    }
}
