package org.tracseq.sequencing.domain;

/** The four bases as 2-bit codes, so an index fits in a {@code long} (IDX-1 compares them with XOR). */
final class Bases {
    static final int A = 0;
    static final int C = 1;
    static final int G = 2;
    static final int T = 3;
    private static final char[] LETTERS = {'A', 'C', 'G', 'T'};

    private Bases() {}

    /** The code of a letter, or -1 when it is not one of {@code A C G T} (LB-4). */
    static int code(char letter) {
        return switch (letter) {
            case 'A' -> A;
            case 'C' -> C;
            case 'G' -> G;
            case 'T' -> T;
            default -> -1;
        };
    }

    static char letter(int code) {
        return LETTERS[code];
    }

    /** A↔T and C↔G are 0↔3 and 1↔2 in this coding. */
    static int complement(int code) {
        return 3 - code;
    }
}
