package org.tracseq.samples.domain;

/**
 * SM-3: a sample's barcode is unique. What a client-supplied one must look like (8-50 characters of
 * A-Z, 0-9 and '-', BC-1's alphabet) is the contract's pattern, which names SM-3 too.
 */
public final class Barcodes {
    public static final String RULE = "SM-3";

    private Barcodes() {}
}
