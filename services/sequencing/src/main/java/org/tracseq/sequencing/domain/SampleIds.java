package org.tracseq.sequencing.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.tracseq.platform.problem.RuleViolation;

/**
 * SS-2: a Sample_ID is 1–40 characters of {@code [A-Za-z0-9_-]} with a letter or digit on both sides
 * of every {@code _} and {@code -}, is not one of the names BCL Convert keeps for itself, and is
 * unique in its lane; nothing in a sheet holds a comma (the sheet is CSV).
 */
public final class SampleIds {
    public static final int MAX_LENGTH = 40;

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9]+([_-][A-Za-z0-9]+)*");
    private static final Set<String> RESERVED =
            Set.of("all", "default", "none", "unknown", "undetermined", "stats", "reports");

    private SampleIds() {}

    public static void check(String sampleId) {
        if (sampleId == null || sampleId.isEmpty() || sampleId.length() > MAX_LENGTH) {
            throw RuleViolation.unprocessable(
                    "SS-2", "Sample_ID '" + sampleId + "' must be 1 to " + MAX_LENGTH + " characters long");
        }
        if (!SHAPE.matcher(sampleId).matches()) {
            throw RuleViolation.unprocessable(
                    "SS-2",
                    "Sample_ID '" + sampleId + "' may hold only letters, digits, '_' and '-', with a letter or digit "
                            + "on both sides of each '_' and '-' (no leading, trailing or doubled separators)");
        }
        if (RESERVED.contains(sampleId.toLowerCase(Locale.ROOT))) {
            throw RuleViolation.unprocessable(
                    "SS-2",
                    "Sample_ID '" + sampleId + "' is a name BCL Convert keeps for itself ("
                            + String.join(", ", RESERVED) + "); choose another");
        }
    }

    /**
     * SS-2's "no commas anywhere", for a {@code [Header]} value (the run name, say), with the rest of
     * what Illumina's sample sheet v2 "Section Requirements" (Illumina Connected Software help, Run Set
     * Up > Sample Sheet > Sample Sheet Structure) allow there: ASCII characters except {@code *} and
     * the line breaks CR and LF, no comma in any section, and no bracket in a standalone section such
     * as {@code [Header]}.
     */
    public static void checkHeaderValue(String field, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || c == ',' || c == '*' || c == '[' || c == ']') {
                throw RuleViolation.unprocessable(
                        "SS-2",
                        field + " '" + value + "' holds '"
                                + (c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c))
                                + "' at position " + (i + 1) + "; a sample sheet's [Header] takes printable ASCII "
                                + "without commas, '*', '[' or ']'");
            }
        }
    }
}
