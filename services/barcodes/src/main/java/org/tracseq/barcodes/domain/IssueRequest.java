package org.tracseq.barcodes.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.tracseq.platform.problem.ValidationProblem;

/** A validated request for {@code count} new barcodes of one prefix and optional type code (BC-1). */
public record IssueRequest(String prefix, String typeCode, int count) {
    public static final int MAX_COUNT = 1000;

    /** Checks every field at once; a refusal lists them all (400). */
    public static IssueRequest of(String prefix, String typeCode, Integer count) {
        ValidationProblem.collector()
                .check(
                        prefix != null && BarcodeFormat.PREFIX.matcher(prefix).matches(),
                        "prefix",
                        "must be 2-6 upper-case letters A-Z")
                .check(
                        typeCode == null
                                || BarcodeFormat.TYPE_CODE.matcher(typeCode).matches(),
                        "typeCode",
                        "must be 1-4 upper-case letters or digits, or left out")
                .check(count != null && count >= 1 && count <= MAX_COUNT, "count", "must be between 1 and " + MAX_COUNT)
                .throwIfAny();
        return new IssueRequest(prefix, typeCode, count);
    }

    /** The barcodes of sequence numbers {@code first .. first + count - 1} on {@code day}. */
    public List<Barcode> barcodes(LocalDate day, int first) {
        return IntStream.range(first, first + count)
                .mapToObj(n -> new Barcode(prefix, typeCode, day, n))
                .toList();
    }
}
