package org.tracseq.samples.domain;

import java.math.BigDecimal;
import org.tracseq.platform.problem.RuleViolation;

/**
 * SM-1: how much of a sample there is. Initial and available volume are recorded together, in the
 * initial volume's unit, both 0 or more and available never above initial; the concentration is 0
 * or more. Amounts have at most {@value #MAX_DECIMALS} decimals and {@value #MAX_INTEGER_DIGITS}
 * integer digits.
 */
public record Quantities(Volume initial, Volume available, Concentration concentration) {
    public static final String RULE = "SM-1";
    public static final Quantities NONE = new Quantities(null, null, null);
    static final int MAX_DECIMALS = 9;
    static final int MAX_INTEGER_DIGITS = 12;

    public Quantities {
        if (initial != null && available != null) {
            available = available.in(initial.unit());
        }
    }

    /**
     * Quantities from checked parts; a missing available volume means all of the initial volume is
     * available. Adds every SM-1 problem to {@code violations} and returns null if there is one.
     */
    public static Quantities checked(
            Volume initial, Volume available, Concentration concentration, Violations violations) {
        Volume effectiveAvailable = available == null ? initial : available;
        if (available != null && initial == null) {
            violations.rule(RULE, "availableVolume", "needs an initialVolume");
            return null;
        }
        if (initial != null && effectiveAvailable.compareTo(initial) > 0) {
            violations.rule(RULE, "availableVolume", "cannot be more than the initial volume (" + initial + ")");
            return null;
        }
        return new Quantities(initial, effectiveAvailable, concentration);
    }

    /** A volume from request parts, or null after recording why it is invalid. */
    public static Volume volume(BigDecimal value, VolumeUnit unit, String field, Violations violations) {
        return amountIsValid(value, unit, field, violations) ? new Volume(value, unit) : null;
    }

    /** A concentration from request parts, or null after recording why it is invalid. */
    public static Concentration concentration(
            BigDecimal value, ConcentrationUnit unit, String field, Violations violations) {
        return amountIsValid(value, unit, field, violations) ? new Concentration(value, unit) : null;
    }

    /**
     * Whether value and unit make an amount. A missing or negative part is the contract's to report
     * (SM-1 on its {@code minimum: 0} and {@code required}); it only keeps such an amount from being made.
     */
    private static boolean amountIsValid(BigDecimal value, Enum<?> unit, String field, Violations violations) {
        if (value == null || value.signum() < 0 || unit == null) {
            return false;
        }
        if (value.scale() > MAX_DECIMALS || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            violations.field(
                    field + ".value",
                    "must have at most " + MAX_INTEGER_DIGITS + " integer digits and " + MAX_DECIMALS + " decimals");
            return false;
        }
        return true;
    }

    public boolean hasVolume() {
        return initial != null;
    }

    /** ST-7: a discarded sample has nothing left (available 0, in its own unit); no volume stays none. */
    public Quantities emptied() {
        return hasVolume() ? new Quantities(initial, new Volume(BigDecimal.ZERO, initial.unit()), concentration) : this;
    }

    /**
     * These quantities after {@code amount} was taken out (an aliquot, a pool's share). Refuses to
     * take more than is available, or anything from a sample whose volume was never recorded.
     */
    public Quantities take(Volume amount) {
        if (!hasVolume()) {
            throw RuleViolation.conflict(
                    RULE,
                    "The parent sample has no recorded volume, so nothing can be taken "
                            + "from it; record its volume first");
        }
        if (amount.compareTo(available) > 0) {
            throw RuleViolation.conflict(
                    RULE, "Cannot take " + amount + ": only " + available + " of the parent sample is available");
        }
        return new Quantities(initial, available.minus(amount), concentration);
    }
}
