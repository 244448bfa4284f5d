package org.tracseq.libraryprep.domain;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plate well, {@code A01}: row letter and two-digit column, both from 1. */
public record Well(int row, int column) {
    private static final Pattern LABEL = Pattern.compile("([A-Z])(\\d{2})");

    /** Down the columns: A01, B01, ... H01, A02. */
    public static final Comparator<Well> COLUMN_WISE =
            Comparator.comparingInt(Well::column).thenComparingInt(Well::row);

    public static Well parse(String label) {
        Matcher m = LABEL.matcher(label);
        if (!m.matches() || Integer.parseInt(m.group(2)) < 1) {
            throw new IllegalArgumentException("Not a well: " + label);
        }
        return new Well(m.group(1).charAt(0) - 'A' + 1, Integer.parseInt(m.group(2)));
    }

    public String label() {
        return String.format("%c%02d", (char) ('A' + row - 1), column);
    }
}
