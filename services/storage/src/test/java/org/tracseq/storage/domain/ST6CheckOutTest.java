package org.tracseq.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.problem.RuleViolation;

class ST6CheckOutTest {

    @Test
    void checkOutAndInKeepThePositionAndCheckingOutTwiceIsRefused() {
        assertThat(Handling.checkOut(StorageState.STORED, "BC")).isEqualTo(StorageState.CHECKED_OUT);
        assertThat(StorageState.CHECKED_OUT.holdsPosition()).isTrue();
        assertThatThrownBy(() -> Handling.checkOut(StorageState.CHECKED_OUT, "BC"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("ST-6"));
        assertThat(Handling.checkIn(StorageState.CHECKED_OUT, "BC")).isEqualTo(StorageState.STORED);
        assertThatThrownBy(() -> Handling.checkIn(StorageState.STORED, "BC")).isInstanceOf(RuleViolation.class);
        assertThat(Handling.release(StorageState.CHECKED_OUT, "BC")).isEqualTo(StorageState.RELEASED);
        assertThat(StorageState.RELEASED.holdsPosition()).isFalse();
        assertThatThrownBy(() -> Handling.release(StorageState.STORED, "BC")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Handling.move(StorageState.CHECKED_OUT, "BC"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("ST-6"));
    }

    @Test
    void onlyFrozenZonesCountAFreezeThawCycle() {
        assertThat(FreezeThaw.afterCheckOut(0, TemperatureZone.MINUS_80)).isEqualTo(1);
        assertThat(FreezeThaw.afterCheckOut(2, TemperatureZone.MINUS_20)).isEqualTo(3);
        assertThat(FreezeThaw.afterCheckOut(2, TemperatureZone.LIQUID_NITROGEN)).isEqualTo(3);
        assertThat(FreezeThaw.afterCheckOut(2, TemperatureZone.PLUS_4)).isEqualTo(2);
        assertThat(FreezeThaw.afterCheckOut(2, TemperatureZone.ROOM_TEMPERATURE))
                .isEqualTo(2);
        assertThat(FreezeThaw.afterCheckOut(2, TemperatureZone.INCUBATOR_37)).isEqualTo(2);
    }

    @Test
    void anAliquotInheritsTheHighestParentCount() {
        assertThat(FreezeThaw.inherited(List.of())).isZero();
        assertThat(FreezeThaw.inherited(List.of(2, 5, 1))).isEqualTo(5);
    }

    @Test
    void aWarningAboveTheLimitPerType() {
        assertThat(FreezeThaw.DEFAULT.warn("dna", 3)).isFalse();
        assertThat(FreezeThaw.DEFAULT.warn("dna", 4)).isTrue();
        FreezeThaw perType = new FreezeThaw(3, Map.of("rna", 1));
        assertThat(perType.warn("rna", 2)).isTrue();
        assertThat(perType.warn("dna", 2)).isFalse();
    }
}
