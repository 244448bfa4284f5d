package org.tracseq.samples.domain;

import java.util.Locale;

/** SM-TYPES: what a sample is. The barcode type code goes into generated barcodes (BC-1). */
public enum SampleType {
    DNA("DNA"),
    RNA("RNA"),
    PROTEIN("PROT"),
    CELL_CULTURE("CELL"),
    TISSUE("TISS"),
    BLOOD("BLD"),
    SERUM("SER"),
    PLASMA("PLS"),
    URINE("URN"),
    SALIVA("SAL"),
    SWAB("SWB"),
    ENVIRONMENTAL("ENV"),
    OTHER("OTH");

    private final String barcodeTypeCode;

    SampleType(String barcodeTypeCode) {
        this.barcodeTypeCode = barcodeTypeCode;
    }

    /** 1-4 upper-case letters, the optional TYPE part of {@code PREFIX[-TYPE]-YYYYMMDD-NNNNNN-C}. */
    public String barcodeTypeCode() {
        return barcodeTypeCode;
    }

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SampleType fromWire(String value) {
        return WireValues.parse(SampleType.class, value);
    }
}
