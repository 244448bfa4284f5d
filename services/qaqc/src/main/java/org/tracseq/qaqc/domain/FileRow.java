package org.tracseq.qaqc.domain;

import java.util.List;

/** A data row of an instrument file: its number (from 1), the barcode it names and its readings. */
public record FileRow(int number, String barcode, List<Reading> readings) {
    public FileRow {
        readings = List.copyOf(readings);
    }
}
