package org.tracseq.libraryprep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracseq.contract.libraryprep.model.LibraryCreate;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.testing.ContractChecks;

/** LB-2: nM = ng/µL × 10^6 / (660 × mean fragment bp), kept to 0.01 nM. */
class LB2MolarityTest {

    @Test
    void domainsExampleTenNanomolarAtTwoHundredFiftyBasePairsIsOnePointSixFiveNanogramsPerMicrolitre() {
        assertThat(Molarity.nanomolar(new BigDecimal("1.65"), 250)).isEqualByComparingTo("10.00");
        assertThat(Molarity.nanomolar(new BigDecimal("1.65"), 250).scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({
        // ng/µL, bp, nM: 10 × 10^6 / (660 × 300) = 50.5050..
        "10, 300, 50.51",
        // 2 × 10^6 / (660 × 450) = 6.7340..
        "2, 450, 6.73",
        // 0.5 × 10^6 / (660 × 1000) = 0.7575.. (rounded half up)
        "0.5, 1000, 0.76",
        // 33 × 10^6 / (660 × 500) = 100 exactly
        "33, 500, 100.00",
        // 1 × 10^6 / (660 × 1) at the smallest fragment the contract lets through
        "1, 1, 1515.15",
        "0, 300, 0.00"
    })
    void molarityIsRightToOneHundredthOfANanomole(String ngPerUl, int bp, String nanomolar) {
        assertThat(Molarity.nanomolar(new BigDecimal(ngPerUl), bp)).isEqualByComparingTo(nanomolar);
    }

    @Test
    void roundsHalfUpAtTheThirdDecimal() {
        // 0.0033 × 10^6 / (660 × 1) = 5.0 exactly; 0.003333 → 5.05, 0.0033363 → 5.055 → 5.06
        assertThat(Molarity.nanomolar(new BigDecimal("0.003333"), 1)).isEqualByComparingTo("5.05");
        assertThat(Molarity.nanomolar(new BigDecimal("0.0033363"), 1)).isEqualByComparingTo("5.06");
    }

    @Test
    void aMolarityGoesBackToItsConcentrationAtTheSameSize() {
        assertThat(Molarity.ngPerUl(new BigDecimal("10"), 250)).isEqualByComparingTo("1.65");
        assertThat(Molarity.ngPerUl(new BigDecimal("4"), 400)).isEqualByComparingTo("1.056");
    }

    @Test
    void noFragmentSizeBelowOneBasePairAndNoNegativeConcentration() {
        assertThatThrownBy(() -> Molarity.nanomolar(BigDecimal.ONE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Molarity.nanomolar(new BigDecimal("-1"), 300))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theContractRefusesAFragmentSizeBelowOneBasePairNamingTheRule() {
        List<FieldError> errors = ContractChecks.errors(validLibrary().meanFragmentBp(0));
        assertThat(errors).extracting(FieldError::field).containsExactly("meanFragmentBp");
        assertThat(errors.get(0).message()).startsWith("LB-2:");
    }

    static LibraryCreate validLibrary() {
        return new LibraryCreate()
                .sampleBarcode("TS-DNA-0001")
                .kitId(java.util.UUID.randomUUID())
                .protocol("nextera-xt")
                .i7Name("N701")
                .concentrationNgPerUl(new BigDecimal("2"))
                .meanFragmentBp(450)
                .volumeUl(new BigDecimal("20"))
                .inputVolumeUl(new BigDecimal("5"));
    }
}
