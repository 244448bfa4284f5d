package org.tracseq.samples.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracseq.contract.samples.model.SampleCreate;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.platform.testing.ContractChecks;

/** SM-1: quantities are 0 or more with a unit, available never exceeds initial, aliquots never overdraw. */
class SM1QuantityTest {

    private static Volume ul(String value) {
        return Volume.of(value, VolumeUnit.UL);
    }

    /** A valid request to register a sample, for the quantity constraints of the contract. */
    private static SampleCreate sample() {
        return new SampleCreate().name("tube").type(org.tracseq.contract.samples.model.SampleType.DNA);
    }

    private static org.tracseq.contract.samples.model.Volume volume(String value, String unit) {
        return new org.tracseq.contract.samples.model.Volume()
                .value(new BigDecimal(value))
                .unit(org.tracseq.contract.samples.model.VolumeUnit.fromValue(unit));
    }

    @Test
    void SM1_onlyAValidatedOrStoredSampleGivesMaterial() {
        for (SampleStatus status : SampleStatus.values()) {
            boolean usable = status == SampleStatus.VALIDATED || status == SampleStatus.IN_STORAGE;
            assertThat(status.givesMaterial()).as(status.wireValue()).isEqualTo(usable);
            if (!usable) {
                assertThatThrownBy(() -> LineageRules.checkParentGivesMaterial(status))
                        .isInstanceOfSatisfying(RuleViolation.class, e -> {
                            assertThat(e.rule()).isEqualTo("SM-1");
                            assertThat(e.status()).isEqualTo(409);
                        });
            }
        }
        LineageRules.checkParentGivesMaterial(SampleStatus.VALIDATED);
        LineageRules.checkParentGivesMaterial(SampleStatus.IN_STORAGE);
    }

    @Nested
    class Amounts {
        @Test
        void aNegativeVolumeIsRefusedNamingTheRule() {
            assertThat(ContractChecks.errors(sample().initialVolume(volume("-1", "ul"))))
                    .containsExactly(new FieldError("initialVolume.value", "SM-1: must be at least 0"));
            assertThat(Quantities.volume(new BigDecimal("-1"), VolumeUnit.UL, "initialVolume", new Violations()))
                    .isNull();
        }

        @Test
        void zeroIsAVolume() {
            Violations violations = new Violations();
            assertThat(Quantities.volume(BigDecimal.ZERO, VolumeUnit.ML, "initialVolume", violations))
                    .isEqualTo(Volume.of("0", VolumeUnit.ML));
            assertThat(violations.isEmpty()).isTrue();
        }

        @Test
        void aQuantityWithoutUnitOrValueIsRefused() {
            var body = sample().initialVolume(new org.tracseq.contract.samples.model.Volume().value(BigDecimal.TEN))
                    .concentration(new org.tracseq.contract.samples.model.Concentration()
                            .unit(org.tracseq.contract.samples.model.ConcentrationUnit.NG_PER_UL));
            assertThat(ContractChecks.errors(body))
                    .containsExactly(
                            new FieldError("initialVolume.unit", "SM-1: is required"),
                            new FieldError("concentration.value", "SM-1: is required"));
        }

        @Test
        void aNegativeConcentrationIsRefused() {
            var body = sample().concentration(new org.tracseq.contract.samples.model.Concentration()
                    .value(new BigDecimal("-0.1"))
                    .unit(org.tracseq.contract.samples.model.ConcentrationUnit.NG_PER_UL));
            assertThat(ContractChecks.errors(body))
                    .containsExactly(new FieldError("concentration.value", "SM-1: must be at least 0"));
        }

        @Test
        void absurdPrecisionIsRefused() {
            Violations violations = new Violations();
            Quantities.volume(new BigDecimal("1.0000000001"), VolumeUnit.UL, "v", violations);
            Quantities.volume(new BigDecimal("1E+13"), VolumeUnit.UL, "w", violations);
            assertThat(violations.errors()).extracting(FieldError::field).containsExactly("v.value", "w.value");
        }
    }

    @Nested
    class Units {
        @ParameterizedTest
        @CsvSource({"1, ml, 1000, ul", "250, ul, 0.25, ml", "1, l, 1000000000, nl", "5, nl, 0.005, ul"})
        void conversionsAreExact(String value, String unit, String expected, String target) {
            Volume converted = Volume.of(value, VolumeUnit.fromWire(unit)).in(VolumeUnit.fromWire(target));
            assertThat(converted.value()).isEqualByComparingTo(expected);
        }

        @Test
        void volumesCompareAcrossUnits() {
            assertThat(Volume.of("1", VolumeUnit.ML).compareTo(ul("999.999"))).isPositive();
            assertThat(Volume.of("1", VolumeUnit.ML).compareTo(ul("1000"))).isZero();
            assertThat(ul("50.0")).isEqualTo(ul("50")).hasSameHashCodeAs(ul("50"));
        }
    }

    @Nested
    class InitialAndAvailable {
        @Test
        void availableDefaultsToInitial() {
            Quantities quantities = Quantities.checked(ul("100"), null, null, new Violations());
            assertThat(quantities.available()).isEqualTo(ul("100"));
        }

        @Test
        void availableIsKeptInTheInitialUnit() {
            Quantities quantities =
                    Quantities.checked(Volume.of("1", VolumeUnit.ML), ul("250"), null, new Violations());
            assertThat(quantities.available()).isEqualTo(Volume.of("0.25", VolumeUnit.ML));
        }

        @Test
        void availableAboveInitialIsRefused() {
            Violations violations = new Violations();
            assertThat(Quantities.checked(ul("100"), Volume.of("0.2", VolumeUnit.ML), null, violations))
                    .isNull();
            assertThat(violations.errors())
                    .singleElement()
                    .satisfies(e -> assertThat(e.field()).isEqualTo("availableVolume"))
                    .satisfies(e -> assertThat(e.message()).startsWith("SM-1: cannot be more than"));
        }

        @Test
        void availableWithoutInitialIsRefused() {
            Violations violations = new Violations();
            Quantities.checked(null, ul("5"), null, violations);
            assertThat(violations.errors())
                    .extracting(FieldError::message)
                    .containsExactly("SM-1: needs an initialVolume");
        }
    }

    @Nested
    class Taking {
        private final Quantities parent = Quantities.checked(ul("100"), ul("30"), null, new Violations());

        @Test
        void takingReducesTheAvailableVolumeOnly() {
            Quantities after = parent.take(Volume.of("0.01", VolumeUnit.ML));
            assertThat(after.available()).isEqualTo(ul("20"));
            assertThat(after.initial()).isEqualTo(ul("100"));
        }

        @Test
        void ST7_emptyingLeavesNothingAvailableInTheSampleOwnUnit() {
            Quantities inMl = Quantities.checked(Volume.of("2", VolumeUnit.ML), null, null, new Violations());
            Quantities emptied = inMl.emptied();
            assertThat(emptied.available().value()).isEqualByComparingTo("0");
            assertThat(emptied.available().unit()).isEqualTo(VolumeUnit.ML);
            assertThat(emptied.initial()).isEqualTo(inMl.initial());
            assertThat(Quantities.NONE.emptied()).isEqualTo(Quantities.NONE);
        }

        @Test
        void takingEverythingLeavesZero() {
            assertThat(parent.take(ul("30")).available()).isEqualTo(ul("0"));
        }

        @Test
        void takingMoreThanAvailableIsAConflict() {
            assertThatThrownBy(() -> parent.take(ul("30.001")))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> {
                        assertThat(e.rule()).isEqualTo("SM-1");
                        assertThat(e.status()).isEqualTo(409);
                    })
                    .hasMessageContaining("only 30 ul");
        }

        @Test
        void nothingCanBeTakenFromASampleWithoutRecordedVolume() {
            assertThatThrownBy(() -> Quantities.NONE.take(ul("1")))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("SM-1"));
        }

        @Test
        void anAliquotNeedsAVolumeAboveZero() {
            Violations violations = new Violations();
            LineageRules.checkTaking(LineageRelation.ALIQUOT, null, "volume", violations);
            LineageRules.checkTaking(LineageRelation.ALIQUOT, ul("0"), "other", violations);
            LineageRules.checkTaking(LineageRelation.DERIVED, null, "derived", violations);
            assertThat(violations.errors()).extracting(FieldError::field).containsExactly("volume", "other.value");
            assertThat(violations.rules()).containsExactly("SM-1");
        }
    }
}
