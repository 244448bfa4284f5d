package org.tracseq.libraryprep.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * LB-2: a double-stranded library's molarity from its mass concentration and mean fragment size,
 * {@code nM = ng/µL × 10^6 / (660 × bp)} (660 g/mol per base pair), kept to 0.01 nM, rounded half
 * up (10 nM at 250 bp is 1.65 ng/µL).
 */
public final class Molarity {
    public static final String RULE = "LB-2";

    /** g/mol of one base pair of double-stranded DNA. */
    private static final BigDecimal GRAMS_PER_MOLE_PER_BP = BigDecimal.valueOf(660);

    private static final BigDecimal NANOGRAMS_PER_MICROLITRE_TO_NANOMOLAR = BigDecimal.TEN.pow(6);

    private Molarity() {}

    public static BigDecimal nanomolar(BigDecimal ngPerUl, int meanFragmentBp) {
        return exact(ngPerUl, meanFragmentBp).setScale(2, RoundingMode.HALF_UP);
    }

    /** The mass concentration (ng/µL) that is {@code nanomolar} at this fragment size, unrounded. */
    public static BigDecimal ngPerUl(BigDecimal nanomolar, int meanFragmentBp) {
        return nanomolar
                .multiply(GRAMS_PER_MOLE_PER_BP)
                .multiply(BigDecimal.valueOf(meanFragmentBp))
                .divide(NANOGRAMS_PER_MICROLITRE_TO_NANOMOLAR, MathContext.DECIMAL64);
    }

    private static BigDecimal exact(BigDecimal ngPerUl, int meanFragmentBp) {
        if (ngPerUl.signum() < 0 || meanFragmentBp < 1) {
            throw new IllegalArgumentException("A molarity needs a concentration >= 0 and a fragment size >= 1 bp");
        }
        return ngPerUl.multiply(NANOGRAMS_PER_MICROLITRE_TO_NANOMOLAR)
                .divide(GRAMS_PER_MOLE_PER_BP.multiply(BigDecimal.valueOf(meanFragmentBp)), MathContext.DECIMAL64);
    }
}
