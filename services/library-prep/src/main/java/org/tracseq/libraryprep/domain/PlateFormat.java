package org.tracseq.libraryprep.domain;

import java.util.Arrays;
import java.util.Optional;

/** The library-prep plates: 96 wells (8 rows A-H × 12 columns) and 384 (16 rows A-P × 24). */
public enum PlateFormat {
    WELLS_96(96, 8, 12),
    WELLS_384(384, 16, 24);

    private final int wells;
    private final int rows;
    private final int columns;

    PlateFormat(int wells, int rows, int columns) {
        this.wells = wells;
        this.rows = rows;
        this.columns = columns;
    }

    public static Optional<PlateFormat> of(int wells) {
        return Arrays.stream(values()).filter(format -> format.wells == wells).findFirst();
    }

    public int wells() {
        return wells;
    }

    public boolean holds(Well well) {
        return well.row() >= 1 && well.row() <= rows && well.column() >= 1 && well.column() <= columns;
    }

    public String lastWell() {
        return new Well(rows, columns).label();
    }

    /** The well's place in the kit's order of pairs, from 0 at A01. */
    public int position(Well well, PlateLayout layout) {
        return layout == PlateLayout.COLUMN_WISE
                ? (well.column() - 1) * rows + (well.row() - 1)
                : (well.row() - 1) * columns + (well.column() - 1);
    }
}
