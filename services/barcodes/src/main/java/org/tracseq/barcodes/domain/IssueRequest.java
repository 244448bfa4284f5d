package org.tracseq.barcodes.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A request for {@code count} new barcodes of one prefix and optional type code (BC-1). Its shapes
 * and bounds are the contract's ({@code GenerateRequest}), checked on arrival; a barcode it cannot
 * make is refused by {@link Barcode} itself.
 */
public record IssueRequest(String prefix, String typeCode, int count) {
    /** The barcodes of sequence numbers {@code first .. first + count - 1} on {@code day}. */
    public List<Barcode> barcodes(LocalDate day, int first) {
        return IntStream.range(first, first + count)
                .mapToObj(n -> new Barcode(prefix, typeCode, day, n))
                .toList();
    }
}
