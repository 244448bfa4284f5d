package org.tracseq.sequencing.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.tracseq.platform.problem.RuleViolation;

/**
 * How much of each library goes into a pool so that the pool has the target molarity and volume and
 * each library its target molar share: library i gives {@code share_i × C_pool × V_pool / C_i} µL (its
 * molarity C_i in nM, LB-2) and buffer makes up the rest. A pool cannot be more concentrated than its
 * libraries allow (LB-3's rule for one library: no normalisation up to a higher concentration), so a
 * plan whose library volumes exceed the pool's volume is refused with the highest reachable molarity.
 */
public final class PoolingCalculator {
    private static final MathContext PRECISION = MathContext.DECIMAL64;
    /** Volumes to 0.01 µL: finer than any pipette, coarse enough to read. */
    private static final int VOLUME_SCALE = 2;

    private PoolingCalculator() {}

    /** A library with its molarity (nM) and its wanted share (any positive weight: 1, 1, 2 gives ¼ ¼ ½). */
    public record PoolInput(String library, BigDecimal molarityNm, BigDecimal share) {}

    public record LibraryVolume(String library, BigDecimal volumeUl, BigDecimal shareFraction) {}

    public record Plan(List<LibraryVolume> libraries, BigDecimal bufferUl) {}

    public static Plan plan(List<PoolInput> inputs, BigDecimal targetNm, BigDecimal targetVolumeUl) {
        if (inputs.isEmpty()) {
            throw RuleViolation.unprocessable("LB-3", "A pool needs at least one library");
        }
        if (targetNm == null || targetNm.signum() <= 0 || targetVolumeUl == null || targetVolumeUl.signum() <= 0) {
            throw RuleViolation.unprocessable(
                    "LB-3",
                    "A pool's target molarity and volume are both above 0; got " + targetNm + " nM in " + targetVolumeUl
                            + " µL");
        }
        BigDecimal totalShare = BigDecimal.ZERO;
        for (PoolInput input : inputs) {
            if (input.molarityNm() == null || input.molarityNm().signum() <= 0) {
                throw RuleViolation.unprocessable(
                        "LB-3", "Library " + input.library() + " has no molarity above 0 nM; measure it first (LB-2)");
            }
            if (input.share() == null || input.share().signum() <= 0) {
                throw RuleViolation.unprocessable(
                        "LB-3", "Library " + input.library() + " needs a share above 0 of the pool");
            }
            totalShare = totalShare.add(input.share());
        }
        BigDecimal moles = targetNm.multiply(targetVolumeUl, PRECISION);
        List<LibraryVolume> volumes = new ArrayList<>();
        BigDecimal exactTotal = BigDecimal.ZERO;
        for (PoolInput input : inputs) {
            BigDecimal fraction = input.share().divide(totalShare, PRECISION);
            BigDecimal volume = fraction.multiply(moles, PRECISION).divide(input.molarityNm(), PRECISION);
            exactTotal = exactTotal.add(volume);
            volumes.add(new LibraryVolume(
                    input.library(),
                    volume.setScale(VOLUME_SCALE, RoundingMode.HALF_UP),
                    fraction.stripTrailingZeros()));
        }
        if (exactTotal.compareTo(targetVolumeUl) > 0) {
            BigDecimal reachable = targetNm.multiply(targetVolumeUl, PRECISION)
                    .divide(exactTotal, PRECISION)
                    .setScale(VOLUME_SCALE, RoundingMode.DOWN);
            throw RuleViolation.unprocessable(
                    "LB-3",
                    "The libraries are too dilute for " + targetNm.toPlainString() + " nM: they would need "
                            + exactTotal
                                    .setScale(VOLUME_SCALE, RoundingMode.HALF_UP)
                                    .toPlainString() + " µL for a "
                            + targetVolumeUl.toPlainString() + " µL pool. At these shares the pool reaches at most "
                            + reachable.toPlainString() + " nM; lower the target, or concentrate the libraries");
        }
        BigDecimal libraryTotal =
                volumes.stream().map(LibraryVolume::volumeUl).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal buffer =
                targetVolumeUl.subtract(libraryTotal).max(BigDecimal.ZERO).setScale(VOLUME_SCALE, RoundingMode.HALF_UP);
        return new Plan(List.copyOf(volumes), buffer);
    }
}
