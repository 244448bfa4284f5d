package org.tracseq.samples.domain;

import java.util.regex.Pattern;

/** SM-3 (with BC-1's alphabet): what a client-supplied barcode must look like. */
public final class Barcodes {
    public static final String RULE = "SM-3";
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9-]{8,50}");

    private Barcodes() {}

    /** Records a problem if {@code barcode} is given and is not 8-50 characters of A-Z, 0-9 and '-'. */
    public static void check(String barcode, String field, Violations violations) {
        if (barcode != null && !FORMAT.matcher(barcode).matches()) {
            violations.rule(RULE, field, "must be 8-50 characters of A-Z, 0-9 and '-' (upper case, no spaces)");
        }
    }
}
