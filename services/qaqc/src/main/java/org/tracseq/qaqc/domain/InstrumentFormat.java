package org.tracseq.qaqc.domain;

/** The instrument exports an import reads (services/qaqc/README.md describes each). */
public enum InstrumentFormat {
    QUBIT,
    NANODROP,
    TAPESTATION,
    BIOANALYZER
}
