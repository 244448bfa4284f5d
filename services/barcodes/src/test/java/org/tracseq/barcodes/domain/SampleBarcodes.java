package org.tracseq.barcodes.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated barcodes across prefixes, type codes, dates and sequence numbers, the same every run. */
final class SampleBarcodes {
    private static final String[] PREFIXES = {"TS", "LAB", "ABCDEF", "QC", "PLATE"};
    private static final String[] TYPE_CODES = {null, "DNA", "R1", "X", "9Z9Z"};

    private SampleBarcodes() {}

    static List<Barcode> generate(int count) {
        Random random = new Random(20261128);
        List<Barcode> barcodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 365));
            // Small sequences too: runs of zeros and neighbouring digits are where swaps hide.
            int sequence = i % 2 == 0 ? 1 + i : 1 + random.nextInt(Barcode.MAX_SEQUENCE);
            barcodes.add(new Barcode(
                    PREFIXES[i % PREFIXES.length], TYPE_CODES[(i / 5) % TYPE_CODES.length], date, sequence));
        }
        return barcodes;
    }
}
