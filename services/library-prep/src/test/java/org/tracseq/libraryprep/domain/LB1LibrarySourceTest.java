package org.tracseq.libraryprep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracseq.platform.problem.RuleViolation;

/**
 * LB-1: a library is made from a sample that gives material (SM-1), of type dna or rna unless its
 * protocol lists the type; outside the protocol's input, types or fragment size it gets warnings.
 */
class LB1LibrarySourceTest {
    private static final Protocol PCR_FREE = new Protocol(
            "truseq-dna-pcr-free",
            "TruSeq DNA PCR-Free",
            new BigDecimal("1000"),
            new BigDecimal("2000"),
            Set.of("dna"),
            400,
            700);
    private static final Protocol CELLS = new Protocol(
            "direct", "Direct lysis", BigDecimal.ZERO, new BigDecimal("100"), Set.of("dna", "cell_culture"), 200, 600);

    private static SourceSample sample(String type, String status, String available) {
        return new SourceSample(
                UUID.randomUUID(), "TS-1", type, status, available == null ? null : new BigDecimal(available));
    }

    @ParameterizedTest
    @ValueSource(strings = {"validated", "in_storage"})
    void aValidatedOrStoredSampleGivesMaterial(String status) {
        LibraryRules.checkGivesMaterial(sample("dna", status, "50"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"pending", "rejected", "in_sequencing", "completed", "failed", "discarded", "archived", "deleted"
            })
    void anyOtherStatusIsRefusedAsSm1(String status) {
        assertThatThrownBy(() -> LibraryRules.checkGivesMaterial(sample("dna", status, "50")))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("SM-1");
                    assertThat(violation.status()).isEqualTo(409);
                    assertThat(violation.getMessage()).contains("is " + status);
                });
    }

    @Test
    void dnaAndRnaAlwaysAnotherTypeOnlyWhenTheProtocolListsIt() {
        LibraryRules.checkType(sample("dna", "validated", null), PCR_FREE);
        LibraryRules.checkType(sample("rna", "validated", null), PCR_FREE);
        LibraryRules.checkType(sample("cell_culture", "validated", null), CELLS);
        assertThatThrownBy(() -> LibraryRules.checkType(sample("tissue", "validated", null), PCR_FREE))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("LB-1");
                    assertThat(violation.status()).isEqualTo(422);
                    assertThat(violation.getMessage()).contains("tissue").contains("dna or rna");
                });
    }

    @Test
    void theInputFitsInTheAvailableVolumeToTheLastMicrolitre() {
        LibraryRules.checkVolume(sample("dna", "validated", "10"), new BigDecimal("10"));
        LibraryRules.checkVolume(sample("dna", "validated", null), new BigDecimal("1000"));
        assertThatThrownBy(() -> LibraryRules.checkVolume(sample("dna", "validated", "10"), new BigDecimal("10.01")))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("SM-1");
                    assertThat(violation.getMessage())
                            .contains("10 µL available")
                            .contains("10.01 µL");
                });
    }

    @Test
    void insideTheProtocolThereIsNoWarning() {
        assertThat(LibraryRules.warnings(sample("dna", "validated", null), PCR_FREE, new BigDecimal("1000"), 550))
                .isEmpty();
        assertThat(LibraryRules.warnings(sample("dna", "validated", null), PCR_FREE, new BigDecimal("2000"), 700))
                .isEmpty();
        assertThat(LibraryRules.warnings(sample("dna", "validated", null), PCR_FREE, null, 400))
                .isEmpty();
    }

    @Test
    void outsideTheProtocolEachWayIsAWarningNotARefusal() {
        assertThat(LibraryRules.warnings(sample("rna", "validated", null), PCR_FREE, new BigDecimal("999.9"), 701))
                .containsExactly(
                        "TruSeq DNA PCR-Free is not meant for rna samples",
                        "Input 999.9 ng is outside TruSeq DNA PCR-Free's 1000-2000 ng",
                        "Mean fragment size 701 bp is outside TruSeq DNA PCR-Free's expected 400-700 bp");
        assertThat(LibraryRules.warnings(sample("dna", "validated", null), PCR_FREE, new BigDecimal("2001"), 399))
                .hasSize(2);
    }
}
