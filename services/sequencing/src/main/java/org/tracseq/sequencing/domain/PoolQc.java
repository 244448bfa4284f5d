package org.tracseq.sequencing.domain;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tracseq.platform.problem.RuleViolation;

/**
 * QC-4 at pooling: every library's effective QC is shown; a library whose QC failed is refused
 * unless a principal investigator (or someone above) overrides with a reason, which is recorded.
 * A pending library is pooled and shown as pending: its QC may still be under way.
 */
public final class PoolQc {
    private PoolQc() {}

    public enum Standing {
        PASS,
        FAIL,
        PENDING;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Standing fromWire(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    public record LibraryStanding(String library, Standing standing, List<String> reasons) {}

    /**
     * Whether the pool needs its override (a failed library is in it). Refused: 422 naming QC-4 for a
     * failed library without an override; 403 naming QC-4 for an override by someone who may not give
     * one; 422 for an override nothing needs (it would be recorded against libraries that passed).
     */
    public static boolean check(List<LibraryStanding> libraries, String overrideReason, boolean mayOverride) {
        List<LibraryStanding> failed = libraries.stream()
                .filter(library -> library.standing() == Standing.FAIL)
                .toList();
        return overrideNeeded(
                !failed.isEmpty(),
                overrideReason,
                mayOverride,
                "No library of the pool failed QC, so there is nothing to override; leave qcOverride out",
                () -> "QC failed for " + describe(failed)
                        + "; take them out of the pool, or ask a principal investigator to override with a reason",
                () -> "Only a principal investigator (or a lab administrator) may pool libraries whose QC failed ("
                        + describe(failed) + ")");
    }

    /**
     * QC-4's override, wherever something failed QC (a pool's libraries, a run's pools): whether the
     * override is needed and may be given. Refused: 422 when something failed and no override is
     * given ({@code refusal}), 403 for an override by someone who may not give one ({@code
     * forbidden}), 422 for an override nothing needs ({@code nothingToOverride}).
     */
    static boolean overrideNeeded(
            boolean anyFailed,
            String overrideReason,
            boolean mayOverride,
            String nothingToOverride,
            Supplier<String> refusal,
            Supplier<String> forbidden) {
        boolean overriding = overrideReason != null;
        if (!anyFailed) {
            if (overriding) {
                throw RuleViolation.unprocessable("QC-4", nothingToOverride);
            }
            return false;
        }
        if (!overriding) {
            throw RuleViolation.unprocessable("QC-4", refusal.get());
        }
        if (!mayOverride) {
            throw new RuleViolation("QC-4", 403, forbidden.get());
        }
        return true;
    }

    private static String describe(List<LibraryStanding> failed) {
        return failed.stream()
                .map(library -> library.library()
                        + (library.reasons().isEmpty() ? "" : " (" + String.join("; ", library.reasons()) + ")"))
                .collect(Collectors.joining(", "));
    }
}
