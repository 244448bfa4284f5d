package org.tracseq.barcodes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BC-1: the format PREFIX[-TYPE]-YYYYMMDD-NNNNNN-C and what the validator says about bad input. */
class BC1FormatTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    @Test
    void generatedBarcodeHasTheDocumentedShape() {
        assertThat(new Barcode("TS", "DNA", DAY, 1).text()).matches("TS-DNA-20261128-000001-[A-Z0-9]");
        assertThat(new Barcode("ABCDEF", null, DAY, 999_999).text()).matches("ABCDEF-20261128-999999-[A-Z0-9]");
    }

    @Test
    void validBarcodeIsReadBackIntoItsParts() {
        Barcode issued = new Barcode("TS", "R1", DAY, 42);
        BarcodeFormat.Verdict verdict = BarcodeFormat.check(issued.text());
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.barcode()).isEqualTo(issued);
        assertThat(verdict.barcode().typeCode()).isEqualTo("R1");
    }

    @Test
    void allDigitTypeCodeIsNotMistakenForTheDate() {
        Barcode issued = new Barcode("TS", "1234", DAY, 7);
        assertThat(BarcodeFormat.check(issued.text()).barcode()).isEqualTo(issued);
    }

    @Test
    void lengthsStayWithin8And50() {
        String shortest = new Barcode("AB", null, DAY, 1).text();
        String longest = new Barcode("ABCDEF", "WXYZ", DAY, 1).text();
        assertThat(shortest).hasSizeGreaterThanOrEqualTo(BarcodeFormat.MIN_LENGTH);
        assertThat(longest).hasSizeLessThanOrEqualTo(BarcodeFormat.MAX_LENGTH);
    }

    @Test
    void tooShortOrTooLongIsNamed() {
        assertThat(BarcodeFormat.check("TS-1").problems()).contains("must be 8-50 characters long, is 4");
        assertThat(BarcodeFormat.check("A".repeat(51)).problems()).contains("must be 8-50 characters long, is 51");
    }

    @Test
    void lowerCaseAndForeignCharactersAreNamed() {
        String valid = new Barcode("TS", null, DAY, 1).text();
        assertThat(BarcodeFormat.check(valid.toLowerCase()).problems())
                .contains("may contain only upper-case letters A-Z, digits 0-9 and '-'");
        assertThat(BarcodeFormat.check(valid.replace('-', '_')).valid()).isFalse();
        assertThat(BarcodeFormat.check(" " + valid).valid()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "T-20261128-000001-0",
                "ABCDEFG-20261128-000001-0",
                "TS-ABCDE-20261128-000001-0",
                "TS-20261128-00001-0",
                "TS-2026112-000001-0",
                "TS-20261128-000001",
                "TS-20261128-000001-00",
                "T5-20261128-000001-0",
                "TS--20261128-000001-0"
            })
    void wrongStructureIsNamed(String text) {
        assertThat(BarcodeFormat.check(text).problems())
                .contains("does not have the form PREFIX[-TYPE]-YYYYMMDD-NNNNNN-C");
    }

    @Test
    void impossibleDateIsNamed() {
        assertThat(BarcodeFormat.check("TS-20260230-000001-0").problems())
                .contains("date 20260230 is not a calendar date (YYYYMMDD)");
    }

    @Test
    void sequenceZeroIsNamed() {
        assertThat(BarcodeFormat.check("TS-20261128-000000-0").problems())
                .contains("sequence 000000 is out of range: sequences start at 000001");
    }

    @Test
    void wrongCheckCharacterIsNamedWithoutGivingTheRightOneAway() {
        String valid = new Barcode("TS", null, DAY, 1).text();
        char wrong = valid.endsWith("A") ? 'B' : 'A';
        var verdict = BarcodeFormat.check(valid.substring(0, valid.length() - 1) + wrong);
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.problems())
                .containsExactly("check character does not match: the barcode was mistyped or misread");
        assertThat(verdict.problems().get(0)).doesNotContain(String.valueOf(valid.charAt(valid.length() - 1)));
    }

    @Test
    void aBatchIsConsecutiveSequenceNumbersOfOneDay() {
        var barcodes = new IssueRequest("TS", "DNA", 3).barcodes(DAY, 41);
        assertThat(barcodes).extracting(Barcode::sequence).containsExactly(41, 42, 43);
        assertThat(barcodes).allSatisfy(barcode -> assertThat(barcode.date()).isEqualTo(DAY));
    }
}
