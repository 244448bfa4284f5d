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
        assertThat(Handling.discard(StorageState.STORED, "in_storage", "BC")).isEqualTo(Handling.DiscardSteps.BOTH);
        assertThat(Handling.discard(StorageState.RELEASED, "discarded", "BC"))
                .isEqualTo(Handling.DiscardSteps.HERE_ONLY);
        for (String status : new String[] {"validated", "in_sequencing", "deleted", "archived"}) {
            assertThatThrownBy(() -> Handling.discard(StorageState.STORED, status, "BC"))
                    .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                        assertThat(violation.rule()).isEqualTo("SM-STATUS");
                        assertThat(violation.status()).isEqualTo(409);
                    });
        }
    }

    @Test
    void ST7_aDiscardSamplesWasNotToldOfIsFinishedByRepeatingIt() {
        assertThat(Handling.discard(StorageState.DISCARDED, "in_storage", "BC"))
                .isEqualTo(Handling.DiscardSteps.SAMPLES_ONLY);
        assertThatThrownBy(() -> Handling.discard(StorageState.DISCARDED, "discarded", "BC"))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo("ST-7"));
    }
}
