package org.tracseq.storage.domain;

import java.util.Locale;

/** ST-5: ok below the warning share, warning below the critical share, critical from there. */
public enum CapacityStatus {
    OK,
    WARNING,
    CRITICAL;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Thresholds as shares of capacity (our defaults 0.80 and 0.95). */
    public record Thresholds(double warning, double critical) {
        public static final Thresholds DEFAULT = new Thresholds(0.80, 0.95);

        public Thresholds {
            if (!(warning > 0 && warning <= critical && critical <= 1)) {
                throw new IllegalArgumentException(
                        "Need 0 < warning <= critical <= 1, not " + warning + ", " + critical);
            }
        }

        public CapacityStatus of(long occupied, long capacity) {
            if (capacity <= 0) {
                return OK;
            }
            // Integer comparison: 80 of 100 is exactly the warning threshold, whatever the doubles say.
            if (occupied * 10_000 >= criticalBasisPoints() * capacity) {
                return CRITICAL;
            }
            if (occupied * 10_000 >= Math.round(warning * 10_000) * capacity) {
                return WARNING;
            }
            return OK;
        }

        /** The critical share in hundredths of a percent, for the same comparison in SQL. */
        public long criticalBasisPoints() {
            return Math.round(critical * 10_000);
        }
    }
}
