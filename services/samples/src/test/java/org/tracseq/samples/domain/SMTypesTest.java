package org.tracseq.samples.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SM-TYPES: exactly the types of DOMAIN.md, with wire values and barcode type codes. */
class SMTypesTest {

    @Test
    void theTypesAreExactlyThoseOfTheDomain() {
        assertThat(Arrays.stream(SampleType.values()).map(SampleType::wireValue))
                .containsExactly(
                        "dna",
                        "rna",
                        "protein",
                        "cell_culture",
                        "tissue",
                        "blood",
                        "serum",
                        "plasma",
                        "urine",
                        "saliva",
                        "swab",
                        "environmental",
                        "other");
    }

    @ParameterizedTest
    @EnumSource(SampleType.class)
    void eachWireValueReadsBack(SampleType type) {
        assertThat(SampleType.fromWire(type.wireValue())).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(SampleType.class)
    void eachTypeCodeFitsTheBarcodeFormat(SampleType type) {
        assertThat(type.barcodeTypeCode()).matches("[A-Z0-9]{1,4}");
    }

    @Test
    void typeCodesAreDistinctAndReadable() {
        assertThat(Arrays.stream(SampleType.values())
                        .map(SampleType::barcodeTypeCode)
                        .distinct())
                .hasSize(SampleType.values().length);
        assertThat(SampleType.DNA.barcodeTypeCode()).isEqualTo("DNA");
        assertThat(SampleType.RNA.barcodeTypeCode()).isEqualTo("RNA");
    }

    @Test
    void anUnknownTypeIsRefusedListingTheChoices() {
        assertThatThrownBy(() -> SampleType.fromWire("plasmid"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plasmid")
                .hasMessageContaining("cell_culture");
        assertThatThrownBy(() -> SampleType.fromWire("DNA")).isInstanceOf(IllegalArgumentException.class);
    }
}
