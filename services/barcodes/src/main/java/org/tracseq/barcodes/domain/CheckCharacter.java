package org.tracseq.barcodes.domain;

/**
 * The check character of a barcode (BC-1): one of {@code 0-9A-Z}, chosen so that every
 * single-character typo and every swap of two neighbouring characters is caught.
 *
 * <p>Why not ISO 7064 MOD 37,36, which DOMAIN.md gives as an example: that hybrid system misses
 * the swap of two characters of neighbouring value once in 36 positions; {@code LAB-R1-20241231-000010}
 * and {@code LAB-R1-20241231-000001} get the same check character, and both are real barcodes of
 * the same day. MOD 37-2 would need {@code *}, which a barcode may not contain.
 *
 * <p>How: each character is a value 0..35 ({@code 0-9} then {@code A-Z}; a hyphen counts as 0, so
 * moving one, {@code TS-DNA} → {@code TSD-NA}, changes the check too), read as an element of the
 * ring GF(4) × GF(9): value mod 4 in GF(4), value div 4 in GF(9). The text is folded left to right
 * with {@code s ← a·s + x} for the fixed unit {@code a = (ω, i)}, and the check character is the
 * {@code c} with {@code a·s + c = 0}. A typo changes the sum by a unit times a non-zero difference;
 * a swap of neighbours x, y changes it by {@code aᵏ(a − 1)(x − y)}; since a and a − 1 are units in
 * both fields, neither can be zero. (In the integers mod 36 no such a exists; that is why the
 * ring is a product of two fields.)
 */
public final class CheckCharacter {
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int GF4_SIZE = 4;

    private CheckCharacter() {}

    /** The check character for {@code text}, which may hold only {@code 0-9}, {@code A-Z} and {@code -}. */
    public static char of(CharSequence text) {
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum = add(timesA(sum), value(text.charAt(i)));
        }
        return ALPHABET.charAt(negate(timesA(sum)));
    }

    private static int value(char c) {
        if (c == '-') {
            return 0;
        }
        int value = ALPHABET.indexOf(c);
        if (value < 0) {
            throw new IllegalArgumentException("No check character for text containing '" + c + "'");
        }
        return value;
    }

    private static int element(int gf4, int gf9Real, int gf9Imaginary) {
        return gf4 + GF4_SIZE * (gf9Real + 3 * gf9Imaginary);
    }

    /**
     * Multiplies by a = (ω, i). In GF(4) = {b1·ω + b0} with ω² = ω + 1, (b1ω + b0)·ω = (b1 + b0)ω + b1;
     * in GF(9) = {p + q·i} with i² = −1, (p + qi)·i = −q + p·i.
     */
    private static int timesA(int x) {
        int gf4 = x % GF4_SIZE;
        int b1 = gf4 >> 1;
        int b0 = gf4 & 1;
        int p = (x / GF4_SIZE) % 3;
        int q = (x / GF4_SIZE) / 3;
        return element(((b1 ^ b0) << 1) | b1, (3 - q) % 3, p);
    }

    private static int add(int x, int y) {
        int gf4 = (x % GF4_SIZE) ^ (y % GF4_SIZE);
        int p = ((x / GF4_SIZE) % 3 + (y / GF4_SIZE) % 3) % 3;
        int q = ((x / GF4_SIZE) / 3 + (y / GF4_SIZE) / 3) % 3;
        return element(gf4, p, q);
    }

    /** In GF(4) every element is its own negative; in GF(9) both components are negated mod 3. */
    private static int negate(int x) {
        int p = (x / GF4_SIZE) % 3;
        int q = (x / GF4_SIZE) / 3;
        return element(x % GF4_SIZE, (3 - p) % 3, (3 - q) % 3);
    }
}
