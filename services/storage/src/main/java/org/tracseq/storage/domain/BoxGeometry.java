package org.tracseq.storage.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracseq.platform.problem.RuleViolation;

/**
 * ST-2: a box of rows × columns; positions are labelled by row letter and zero-padded column
 * ({@code A01 … H12}). Rows 1-26 (A-Z), columns 1-99: all the labels can name, so a geometry
 * outside them is refused whatever made it. Requests are held to the same limits by the contract
 * ({@code LocationCreate}, {@code BoxGeometry}: {@code minimum}, {@code maximum}, {@code x-rule: ST-2}).
 */
public record BoxGeometry(int rows, int columns) {
    public static final String RULE = "ST-2";
    private static final int MAX_ROWS = 26;
    private static final int MAX_COLUMNS = 99;
    private static final Pattern LABEL = Pattern.compile("([A-Za-z])0*([0-9]{1,2})");

    public BoxGeometry {
        if (rows < 1 || rows > MAX_ROWS || columns < 1 || columns > MAX_COLUMNS) {
            throw RuleViolation.unprocessable(
                    RULE,
                    "A box has 1-" + MAX_ROWS + " rows and 1-" + MAX_COLUMNS + " columns, not " + rows + " × "
                            + columns);
        }
    }

    public int capacity() {
        return rows * columns;
    }

    public static String label(int row, int column) {
        return (char) ('A' + row - 1) + String.format(Locale.ROOT, "%02d", column);
    }

    /** A label of this box (case and leading zeros forgiven), or a 422 saying what the box has. */
    public Cell parse(String label) {
        Matcher matcher = label == null ? null : LABEL.matcher(label.trim());
        if (matcher == null || !matcher.matches()) {
            throw RuleViolation.unprocessable(
                    RULE,
                    "'" + label + "' is not a position label; use a row letter and " + "a column number such as A01");
        }
        int row = Character.toUpperCase(matcher.group(1).charAt(0)) - 'A' + 1;
        int column = Integer.parseInt(matcher.group(2));
        if (row > rows || column < 1 || column > columns) {
            throw RuleViolation.unprocessable(
                    RULE,
                    "Position " + label.trim().toUpperCase(Locale.ROOT) + " is outside this " + rows + " × " + columns
                            + " box (A01-" + label(rows, columns) + ")");
        }
        return new Cell(row, column);
    }

    /** Geometry cannot change once anything was stored in the box. */
    public static void checkChangeable(boolean everUsed) {
        if (everUsed) {
            throw RuleViolation.conflict(
                    RULE, "Samples have been stored in this box, so its geometry is fixed; " + "use a new box");
        }
    }

    /** One position: row and column from 1. */
    public record Cell(int row, int column) {
        public String label() {
            return BoxGeometry.label(row, column);
        }

        /** Row-major order index from 0. */
        public int index(int columns) {
            return (row - 1) * columns + column - 1;
        }
    }
}
