package org.tracseq.samples.domain;

import java.util.Locale;

/** Mass, molar and cell concentrations as labs report them; they are not converted into each other. */
public enum ConcentrationUnit {
    PG_PER_UL,
    NG_PER_UL,
    UG_PER_UL,
    NG_PER_ML,
    UG_PER_ML,
    MG_PER_ML,
    PM,
    NM,
    UM,
    CELLS_PER_ML;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConcentrationUnit fromWire(String value) {
        return WireValues.parse(ConcentrationUnit.class, value);
    }
}
