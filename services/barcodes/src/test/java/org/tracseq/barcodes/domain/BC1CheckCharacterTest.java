package org.tracseq.barcodes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BC-1: the check character catches every one-character typo and every swap of two neighbours. */
class BC1CheckCharacterTest {
    private static final String BARCODE_CHARACTERS = CheckCharacter.ALPHABET + "-";
    private static final List<Barcode> SAMPLE = SampleBarcodes.generate(400);

    @Test
    void everyGeneratedBarcodeValidates() {
        SAMPLE.forEach(barcode -> assertThat(BarcodeFormat.check(barcode.text()).valid())
                .as(barcode.text())
                .isTrue());
    }

    @Test
    void everySingleCharacterSubstitutionIsCaught() {
        List<String> missed = new ArrayList<>();
        int tried = 0;
        for (Barcode barcode : SAMPLE) {
            String text = barcode.text();
            for (int i = 0; i < text.length(); i++) {
                for (char replacement : BARCODE_CHARACTERS.toCharArray()) {
                    if (replacement == text.charAt(i)) {
                        continue;
                    }
                    String typo = text.substring(0, i) + replacement + text.substring(i + 1);
                    tried++;
                    if (BarcodeFormat.check(typo).valid()) {
                        missed.add(text + " -> " + typo);
                    }
                }
            }
        }
        assertThat(tried).isGreaterThan(250_000);
        assertThat(missed).isEmpty();
    }

    @Test
    void everySwapOfNeighboursIsCaught() {
        List<String> missed = new ArrayList<>();
        int tried = 0;
        for (Barcode barcode : SAMPLE) {
            String text = barcode.text();
            for (int i = 0; i + 1 < text.length(); i++) {
                if (text.charAt(i) == text.charAt(i + 1)) {
                    continue;
                }
                String swapped = text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
                tried++;
                if (BarcodeFormat.check(swapped).valid()) {
                    missed.add(text + " -> " + swapped);
                }
            }
        }
        assertThat(tried).isGreaterThan(7_000);
        assertThat(missed).isEmpty();
    }

    /** The same guarantee for any text and any position, not just the sample: every pair of values. */
    @Test
    void everyPairOfDistinctValuesIsCaughtAtEveryPositionOfAnyText() {
        String[] contexts = {"", "TS-", "LAB-R1-20241231-00001", "Z9-Y8-X7-W6"};
        for (String before : contexts) {
            for (String after : contexts) {
                for (char x : CheckCharacter.ALPHABET.toCharArray()) {
                    for (char y : CheckCharacter.ALPHABET.toCharArray()) {
                        if (x == y) {
                            continue;
                        }
                        assertThat(CheckCharacter.of(before + x + after))
                                .as("typo %s -> %s in %s_%s", x, y, before, after)
                                .isNotEqualTo(CheckCharacter.of(before + y + after));
                        assertThat(CheckCharacter.of(before + x + y + after))
                                .as("swap %s%s in %s_%s", x, y, before, after)
                                .isNotEqualTo(CheckCharacter.of(before + y + x + after));
                    }
                }
            }
        }
    }

    /** ISO 7064 MOD 37,36 gives these two real barcodes of one day the same check character; this does not. */
    @Test
    void catchesTheSwapThatMod3736Misses() {
        LocalDate day = LocalDate.of(2024, 12, 31);
        String tenth = new Barcode("LAB", "R1", day, 10).text();
        String first = new Barcode("LAB", "R1", day, 1).text();
        String swapped = tenth.substring(0, 20) + "01" + tenth.substring(22);
        assertThat(swapped).startsWith(first.substring(0, 22));
        assertThat(BarcodeFormat.check(swapped).valid()).isFalse();
    }

    /**
     * Printed labels must stay valid, so the algorithm may never change silently. The expected values
     * were computed apart from this code, as the sum of each character times its own power of a.
     */
    @Test
    void checkCharactersAreStable() {
        assertThat(new Barcode("TS", "DNA", LocalDate.of(2026, 11, 28), 1).text())
                .isEqualTo("TS-DNA-20261128-000001-C");
        assertThat(new Barcode("LAB", null, LocalDate.of(2024, 1, 1), 999_999).text())
                .isEqualTo("LAB-20240101-999999-Z");
        assertThat(CheckCharacter.of("LAB-R1-20241231-000010-")).isEqualTo('W');
        assertThat(CheckCharacter.of("LAB-R1-20241231-000001-")).isEqualTo('Y');
    }

    @Test
    void refusesCharactersOutsideTheBarcodeAlphabet() {
        assertThatIllegalArgumentException().isThrownBy(() -> CheckCharacter.of("ts-1"));
    }
}
