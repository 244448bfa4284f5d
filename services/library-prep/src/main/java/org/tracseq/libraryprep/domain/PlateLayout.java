package org.tracseq.libraryprep.domain;

/** How a UDI kit's pairs run over a plate from A01: down the columns (A01, B01, ...) or along the rows (A01, A02, ...). */
public enum PlateLayout {
    COLUMN_WISE,
    ROW_WISE
}
