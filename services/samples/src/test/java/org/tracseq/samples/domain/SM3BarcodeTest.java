package org.tracseq.samples.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracseq.contract.samples.model.AliquotCreate;
import org.tracseq.contract.samples.model.SampleCreate;
import org.tracseq.contract.samples.model.SampleType;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.testing.ContractChecks;

/** SM-3: a client-supplied barcode is 8-50 characters of A-Z, 0-9 and '-' (the contract's pattern). */
class SM3BarcodeTest {

    private static SampleCreate sample(String barcode) {
        return new SampleCreate().name("tube").type(SampleType.DNA).barcode(barcode);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "TS-DNA-20261128-000001-7",
                "ABCDEFGH",
                "12345678",
                "A2345678901234567890123456789012345678901234567890"
            })
    void wellFormedBarcodesPass(String barcode) {
        assertThat(ContractChecks.errors(sample(barcode))).isEmpty();
        assertThat(ContractChecks.errors(new AliquotCreate().barcode(barcode))).isEmpty();
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
        assertThat(ContractChecks.errors(sample(barcode)))
                .singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("barcode"))
                .extracting(FieldError::message)
                .asString()
                .startsWith("SM-3: ");
        assertThat(ContractChecks.errors(new AliquotCreate().barcode(barcode)))
                .extracting(FieldError::message)
                .singleElement()
                .asString()
                .startsWith("SM-3: ");
    }

    @Test
    void anAbsentBarcodeIsLeftToTheBarcodesService() {
        assertThat(ContractChecks.errors(sample(null))).isEmpty();
    }
}
