package org.tracseq.sequencing.domain;

import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SS-1: BCL Convert's {@code OverrideCycles}, one segment per read in run order (Read 1; Index 1;
 * Index 2; Read 2), {@code Y} read cycles, {@code I} index cycles, {@code N} cycles skipped, e.g.
 * {@code Y151;I8N2;I8N2;Y151} for 8-base indexes read with 10 cycles. The segments add up to the
 * run's cycles. The index is the first cycles of its read in both i5 workflows: each index read's
 * primer sits against the index and the spare cycles run on into the adapter (Illumina's Indexed
 * Sequencing Overview). Illumina's OverrideCycles article (000005671) puts the N first for i5 on
 * reverse-complement instruments only where a longer physical index is demultiplexed on a shortened
 * sequence, which this generator never does.
 */
public final class OverrideCycles {
    private static final Pattern SEGMENT_PART = Pattern.compile("([YINU])(\\d+)");

    private OverrideCycles() {}

    /** {@code indexLength1/2} 0: the library has no such index and the read's cycles are skipped. */
    public static String of(ReadStructure reads, int indexLength1, int indexLength2) {
        StringJoiner segments = new StringJoiner(";");
        segments.add("Y" + reads.read1());
        if (reads.index1() > 0) {
            segments.add(index(reads.index1(), indexLength1));
        }
        if (reads.index2() > 0) {
            segments.add(index(reads.index2(), indexLength2));
        }
        if (reads.read2() > 0) {
            segments.add("Y" + reads.read2());
        }
        return segments.toString();
    }

    private static String index(int cycles, int length) {
        if (length == 0) {
            return "N" + cycles;
        }
        return length >= cycles ? "I" + cycles : "I" + length + "N" + (cycles - length);
    }

    /** The cycles an OverrideCycles value accounts for, to check it against the run's. */
    public static int cycles(String overrideCycles) {
        int total = 0;
        for (String segment : overrideCycles.split(";")) {
            Matcher part = SEGMENT_PART.matcher(segment);
            while (part.find()) {
                total += Integer.parseInt(part.group(2));
            }
        }
        return total;
    }
}
