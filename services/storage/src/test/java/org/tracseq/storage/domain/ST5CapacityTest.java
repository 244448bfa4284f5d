package org.tracseq.storage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ST5CapacityTest {
    private final CapacityStatus.Thresholds thresholds = CapacityStatus.Thresholds.DEFAULT;

    @ParameterizedTest
    @CsvSource({
        "0,100,OK",
        "79,100,OK",
        "80,100,WARNING",
        "94,100,WARNING",
        "95,100,CRITICAL",
        "100,100,CRITICAL",
        "15,20,OK",
        "16,20,WARNING",
        "19,20,CRITICAL",
        "0,0,OK",
        "64,81,OK",
        "65,81,WARNING",
        "77,81,CRITICAL"
    })
    void statusByShareOccupied(long occupied, long capacity, CapacityStatus status) {
        assertThat(thresholds.of(occupied, capacity)).isEqualTo(status);
    }

    @Test
    void thresholdsAreConfigurableButOrdered() {
        var strict = new CapacityStatus.Thresholds(0.5, 0.75);
        assertThat(strict.of(5, 10)).isEqualTo(CapacityStatus.WARNING);
        assertThat(strict.of(8, 10)).isEqualTo(CapacityStatus.CRITICAL);
        assertThatThrownBy(() -> new CapacityStatus.Thresholds(0.9, 0.8)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The operator's gauge counts in SQL with the same integer comparison. */
    @Test
    void theCriticalShareInBasisPoints() {
        assertThat(CapacityStatus.Thresholds.DEFAULT.criticalBasisPoints()).isEqualTo(9_500);
        assertThat(new CapacityStatus.Thresholds(0.5, 0.755).criticalBasisPoints())
                .isEqualTo(7_550);
    }
}
