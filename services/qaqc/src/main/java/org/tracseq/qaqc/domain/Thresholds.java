package org.tracseq.qaqc.domain;

import java.math.BigDecimal;
import org.tracseq.platform.problem.RuleViolation;

/**
 * A metric's ranges (QC-1): the pass range (either end may be open, each end inclusive or not), an
 * optional warning shoulder (how far outside the pass range a value is still {@code warn}) and an
 * optional panic range (below {@code panicBelow} or above {@code panicAbove}). Compared as
 * {@link BigDecimal}s, so 1.8 is exactly 1.8 and an edge is judged the same on every machine.
 */
public record Thresholds(
        BigDecimal passMin,
        boolean passMinInclusive,
        BigDecimal passMax,
        boolean passMaxInclusive,
        BigDecimal warnShoulder,
        BigDecimal panicBelow,
        BigDecimal panicAbove) {

    /** Refuses (422, QC-1) ranges that contradict each other; {@code this} when they agree. */
    public Thresholds checked() {
        if (passMin == null && passMax == null) {
            throw refused("A metric needs a pass range: give passMin, passMax or both");
        }
        if (passMin != null && passMax != null) {
            int order = passMin.compareTo(passMax);
            if (order > 0 || (order == 0 && !(passMinInclusive && passMaxInclusive))) {
                throw refused("The pass range from " + passMin.toPlainString() + " to " + passMax.toPlainString()
                        + " holds no value; passMin must be below passMax (or equal, both inclusive)");
            }
        }
        if (warnShoulder != null && warnShoulder.signum() < 0) {
            throw refused("warnShoulder is a distance outside the pass range and cannot be negative");
        }
        if (panicBelow != null && (passMin == null || panicBelow.compareTo(passMin) > 0)) {
            throw refused("panicBelow must lie below the pass range (at most passMin"
                    + (passMin == null ? ", which must then be given" : " " + passMin.toPlainString()) + ")");
        }
        if (panicAbove != null && (passMax == null || panicAbove.compareTo(passMax) < 0)) {
            throw refused("panicAbove must lie above the pass range (at least passMax"
                    + (passMax == null ? ", which must then be given" : " " + passMax.toPlainString()) + ")");
        }
        return this;
    }

    /** The outcome of {@code value}: panic first, then pass, then warn within the shoulder, else fail. */
    public Outcome judge(BigDecimal value) {
        if ((panicBelow != null && value.compareTo(panicBelow) < 0)
                || (panicAbove != null && value.compareTo(panicAbove) > 0)) {
            return Outcome.PANIC;
        }
        BigDecimal outside = distanceOutside(value);
        if (outside == null) {
            return Outcome.PASS;
        }
        return warnShoulder != null && outside.compareTo(warnShoulder) <= 0 ? Outcome.WARN : Outcome.FAIL;
    }

    /** How far {@code value} lies outside the pass range; null when it is inside. */
    private BigDecimal distanceOutside(BigDecimal value) {
        if (passMin != null) {
            int order = value.compareTo(passMin);
            if (order < 0 || (order == 0 && !passMinInclusive)) {
                return passMin.subtract(value);
            }
        }
        if (passMax != null) {
            int order = value.compareTo(passMax);
            if (order > 0 || (order == 0 && !passMaxInclusive)) {
                return value.subtract(passMax);
            }
        }
        return null;
    }

    private static RuleViolation refused(String detail) {
        return RuleViolation.unprocessable("QC-1", detail);
    }
}
