package org.tracseq.sequencing.domain;

import org.tracseq.platform.problem.RuleViolation;

/**
 * An index's bases, also held two bits a base in a {@code long} (base i at bits 2i and 2i+1), so that
 * the Hamming distance of two indexes over the shorter length is an XOR, a mask and a bit count
 * (IDX-1 checks every pair of a lane: 73 536 pairs for 384 libraries).
 */
public final class IndexSequence {
    /** Two bits a base in a {@code long}. */
    public static final int MAX_LENGTH = 32;

    private static final long LOW_BITS = 0x5555_5555_5555_5555L;

    private final String bases;
    private final long packed;

    private IndexSequence(String bases, long packed) {
        this.bases = bases;
        this.packed = packed;
    }

    /** The index for its letters, or a refusal naming LB-4 when a letter is not {@code A C G T}. */
    public static IndexSequence of(String bases) {
        if (bases == null || bases.isEmpty() || bases.length() > MAX_LENGTH) {
            throw RuleViolation.unprocessable(
                    "LB-4", "An index has 1 to " + MAX_LENGTH + " bases; '" + bases + "' does not");
        }
        long packed = 0;
        for (int i = 0; i < bases.length(); i++) {
            int code = Bases.code(bases.charAt(i));
            if (code < 0) {
                throw RuleViolation.unprocessable(
                        "LB-4",
                        "Index '" + bases + "' has '" + bases.charAt(i) + "' at position " + (i + 1)
                                + "; an index holds only A, C, G and T");
            }
            packed |= (long) code << (2 * i);
        }
        return new IndexSequence(bases, packed);
    }

    /** Null for null or empty: an absent index (a single-indexed or unindexed library). */
    public static IndexSequence ofNullable(String bases) {
        return bases == null || bases.isEmpty() ? null : of(bases);
    }

    public String bases() {
        return bases;
    }

    public int length() {
        return bases.length();
    }

    long packed() {
        return packed;
    }

    /** The code ({@link Bases}) of the base at {@code position} (0-based). */
    int baseAt(int position) {
        return (int) (packed >>> (2 * position)) & 0b11;
    }

    public IndexSequence reverseComplement() {
        StringBuilder reversed = new StringBuilder(bases.length());
        for (int i = bases.length() - 1; i >= 0; i--) {
            reversed.append(Bases.letter(Bases.complement(baseAt(i))));
        }
        return of(reversed.toString());
    }

    /** Mismatching bases over the shorter of the two lengths (IDX-1). */
    public static int distance(IndexSequence first, IndexSequence second) {
        return distance(first.packed, second.packed, Math.min(first.length(), second.length()));
    }

    /** Mismatching bases among the first {@code length} bases of two packed indexes. */
    static int distance(long first, long second, int length) {
        long differing = first ^ second;
        // A base differs when either of its two bits does: fold each pair onto its low bit.
        long perBase = (differing | (differing >>> 1)) & LOW_BITS;
        long mask = length >= MAX_LENGTH ? -1L : (1L << (2 * length)) - 1;
        return Long.bitCount(perBase & mask);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndexSequence index && index.bases.equals(bases);
    }

    @Override
    public int hashCode() {
        return bases.hashCode();
    }

    @Override
    public String toString() {
        return bases;
    }
}
