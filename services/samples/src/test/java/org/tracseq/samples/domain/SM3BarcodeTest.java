package org.tracseq.samples.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SM-3: a client-supplied barcode is 8-50 characters of A-Z, 0-9 and '-'. */
class SM3BarcodeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "TS-DNA-20261128-000001-7",
                "ABCDEFGH",
                "12345678",
                "A2345678901234567890123456789012345678901234567890"
            })
    void wellFormedBarcodesPass(String barcode) {
        Violations violations = new Violations();
        Barcodes.check(barcode, "barcode", violations);
        assertThat(violations.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SHORT-1",
                "ts-dna-20261128",
                "TS DNA 20261128",
                "TS_DNA_2026",
                "TS-DNA-Ä0000001",
                "A23456789012345678901234567890123456789012345678901",
                ""
            })
    void malformedBarcodesAreRefusedNamingTheRule(String barcode) {
        Violations violations = new Violations();
        Barcodes.check(barcode, "barcode", violations);
        assertThat(violations.rules()).containsExactly("SM-3");
        assertThat(violations.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("barcode"));
    }

    @Test
    void anAbsentBarcodeIsLeftToTheBarcodesService() {
        Violations violations = new Violations();
        Barcodes.check(null, "barcode", violations);
        assertThat(violations.isEmpty()).isTrue();
    }
}
