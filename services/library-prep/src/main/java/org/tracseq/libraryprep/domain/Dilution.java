package org.tracseq.libraryprep.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.tracseq.platform.problem.RuleViolation;

/**
 * LB-3, normalisation to a target: {@code V2 = V1 × C1 / C2}, the volume {@code V1} at {@code C1}
 * becomes once diluted to {@code C2} (any unit, the same for both); refused when {@code C1 < C2},
 * since adding diluent never concentrates. Volumes are kept to 0.01, rounded half up.
 */
public final class Dilution {
    public static final String RULE = "LB-3";

    private Dilution() {}

    /** The final volume and what to add to reach it. */
    public record Result(BigDecimal volume, BigDecimal diluent) {}

    public static Result to(BigDecimal volume, BigDecimal concentration, BigDecimal target) {
        if (volume.signum() <= 0 || concentration.signum() <= 0 || target.signum() <= 0) {
            throw RuleViolation.unprocessable(
                    RULE, "A normalisation needs a volume, a concentration and a target above 0");
        }
        if (concentration.compareTo(target) < 0) {
            throw RuleViolation.unprocessable(
                    RULE,
                    "The concentration " + concentration.stripTrailingZeros().toPlainString()
                            + " is below the target "
                            + target.stripTrailingZeros().toPlainString()
                            + "; a dilution cannot concentrate a library: choose a target at most its concentration");
        }
        BigDecimal finalVolume = volume.multiply(concentration)
                .divide(target, MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP);
        return new Result(finalVolume, finalVolume.subtract(volume.setScale(2, RoundingMode.HALF_UP)));
    }
}
