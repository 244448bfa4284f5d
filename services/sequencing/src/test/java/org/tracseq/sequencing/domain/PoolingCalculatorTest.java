package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracseq.sequencing.domain.PoolingCalculator.LibraryVolume;
import org.tracseq.sequencing.domain.PoolingCalculator.Plan;
import org.tracseq.sequencing.domain.PoolingCalculator.PoolInput;

/** Each library's volume for a pool's target molarity, volume and molar shares; LB-3 when unreachable. */
class PoolingCalculatorTest {

    @Test
    void equalSharesTakeVolumesInverseToMolarity() {
        // 2 nM in 50 µL is 100 nM·µL: 50 from each library, so 5 µL at 10 nM and 2.5 µL at 20 nM.
        Plan plan = PoolingCalculator.plan(
                List.of(input("a", "10", "1"), input("b", "20", "1")), new BigDecimal("2"), new BigDecimal("50"));
        assertThat(plan.libraries())
                .extracting(LibraryVolume::library, volume -> volume.volumeUl().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", "5.00"),
                        org.assertj.core.groups.Tuple.tuple("b", "2.50"));
        assertThat(plan.bufferUl()).isEqualByComparingTo("42.5");
    }

    @Test
    void sharesAreWeights() {
        // 4 nM in 20 µL = 80; shares 1:3 give 20 and 60 nM·µL.
        Plan plan = PoolingCalculator.plan(
                List.of(input("a", "8", "1"), input("b", "12", "3")), new BigDecimal("4"), new BigDecimal("20"));
        assertThat(plan.libraries().get(0).volumeUl()).isEqualByComparingTo("2.50");
        assertThat(plan.libraries().get(1).volumeUl()).isEqualByComparingTo("5.00");
        assertThat(plan.libraries().get(0).shareFraction()).isEqualByComparingTo("0.25");
        assertThat(plan.bufferUl()).isEqualByComparingTo("12.5");
    }

    @Test
    void librariesAsConcentratedAsThePoolFillItWithoutBuffer() {
        Plan plan = PoolingCalculator.plan(
                List.of(input("a", "4", "1"), input("b", "4", "1")), new BigDecimal("4"), new BigDecimal("20"));
        assertThat(plan.libraries())
                .allSatisfy(volume -> assertThat(volume.volumeUl()).isEqualByComparingTo("10"));
        assertThat(plan.bufferUl()).isEqualByComparingTo("0");
    }

    @Test
    void aPoolMoreConcentratedThanItsLibrariesAllowIsRefusedWithTheReachableMolarity() {
        String message = Violations.refused(
                () -> PoolingCalculator.plan(
                        List.of(input("a", "2", "1"), input("b", "2", "1")), new BigDecimal("4"), new BigDecimal("20")),
                "LB-3",
                422);
        assertThat(message).contains("40.00 µL for a 20 µL pool").contains("at most 2.00 nM");
    }

    @Test
    void molaritySharesAndTargetsAreAboveZero() {
        Violations.refused(
                () -> PoolingCalculator.plan(List.of(input("a", "0", "1")), BigDecimal.ONE, BigDecimal.TEN),
                "LB-3",
                422);
        Violations.refused(
                () -> PoolingCalculator.plan(List.of(input("a", "5", "0")), BigDecimal.ONE, BigDecimal.TEN),
                "LB-3",
                422);
        Violations.refused(
                () -> PoolingCalculator.plan(List.of(input("a", "5", "1")), BigDecimal.ZERO, BigDecimal.TEN),
                "LB-3",
                422);
        Violations.refused(() -> PoolingCalculator.plan(List.of(), BigDecimal.ONE, BigDecimal.TEN), "LB-3", 422);
    }

    private static PoolInput input(String library, String molarity, String share) {
        return new PoolInput(library, new BigDecimal(molarity), new BigDecimal(share));
    }
}
