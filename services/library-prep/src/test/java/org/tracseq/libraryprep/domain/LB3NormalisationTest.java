package org.tracseq.libraryprep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracseq.contract.libraryprep.model.NormalisationInput;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.platform.testing.ContractChecks;

/** LB-3: V2 = V1 × C1 / C2, refused when C1 < C2; volumes to 0.01. */
class LB3NormalisationTest {

    @ParameterizedTest
    @CsvSource({
        // V1, C1, C2 -> V2, diluent
        "10, 20, 4, 50.00, 40.00",
        "15, 10, 10, 15.00, 0.00",
        "20, 12.5, 10, 25.00, 5.00",
        // 7 × 3 / 2.2 = 9.5454.. -> 9.55
        "7, 3, 2.2, 9.55, 2.55",
        // 1 × 1.005 / 1 = 1.005 -> 1.01: half up at the third decimal
        "1, 1.005, 1, 1.01, 0.01"
    })
    void dilutesToTheTarget(String v1, String c1, String c2, String v2, String diluent) {
        Dilution.Result result = Dilution.to(new BigDecimal(v1), new BigDecimal(c1), new BigDecimal(c2));
        assertThat(result.volume()).isEqualByComparingTo(v2);
        assertThat(result.diluent()).isEqualByComparingTo(diluent);
        assertThat(result.volume().scale()).isEqualTo(2);
    }

    @Test
    void aTargetAboveTheConcentrationIsRefusedNamingTheRule() {
        assertThatThrownBy(() -> Dilution.to(BigDecimal.TEN, new BigDecimal("2"), new BigDecimal("2.01")))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("LB-3");
                    assertThat(violation.status()).isEqualTo(422);
                    assertThat(violation.getMessage()).contains("cannot concentrate");
                });
    }

    @Test
    void anEqualTargetNeedsNoDiluent() {
        assertThat(Dilution.to(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE).diluent())
                .isEqualByComparingTo("0");
    }

    @Test
    void zeroIsNoVolumeConcentrationOrTarget() {
        assertThatThrownBy(() -> Dilution.to(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("LB-3"));
        assertThatThrownBy(() -> Dilution.to(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("LB-3"));
    }

    @Test
    void theCalculatorsInputsAreBoundedByTheContract() {
        NormalisationInput tooSmall = new NormalisationInput()
                .volume(new BigDecimal("0.0001"))
                .concentration(BigDecimal.ONE)
                .targetConcentration(BigDecimal.ONE);
        assertThat(ContractChecks.errors(tooSmall)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("volume");
            assertThat(error.message()).startsWith("LB-3:");
        });
    }
}
