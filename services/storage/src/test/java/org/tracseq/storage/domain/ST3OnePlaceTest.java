package org.tracseq.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tracseq.platform.problem.RuleViolation;

/** ST-3 in Java (the database enforces it too: see the placements table's keys and PlacementIT). */
class ST3OnePlaceTest {

    @Test
    void aNewOrReleasedItemMayBePlaced() {
        assertThat(Handling.place(null, "BC")).isEqualTo(StorageState.STORED);
        assertThat(Handling.place(StorageState.RELEASED, "BC")).isEqualTo(StorageState.STORED);
    }

    @Test
    void aStoredOrReservedItemIsNotPlacedASecondTime() {
        assertThatThrownBy(() -> Handling.place(StorageState.STORED, "BC"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("ST-3");
                    assertThat(violation.status()).isEqualTo(409);
                    assertThat(violation.getMessage()).contains("move it");
                });
        assertThatThrownBy(() -> Handling.place(StorageState.CHECKED_OUT, "BC")).hasMessageContaining("reserved");
    }

    @Test
    void onlyAStoredItemMoves() {
        assertThat(Handling.move(StorageState.STORED, "BC")).isEqualTo(StorageState.STORED);
        assertThatThrownBy(() -> Handling.move(StorageState.RELEASED, "BC"))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo("ST-3"));
    }

    @Test
    void onlyAValidatedSampleEntersStorage() {
        Handling.checkSampleStatus("validated", "BC");
        Handling.checkSampleStatus("in_storage", "BC");
        assertThatThrownBy(() -> Handling.checkSampleStatus("pending", "BC"))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo("SM-STATUS"));
    }
}
