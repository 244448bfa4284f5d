package org.tracseq.samples.domain;

/**
 * Where a barcode a client brings stands with the barcodes service, asked before registering: not in
 * TracSeq's format (a tube maker's label), in its format but never issued, issued, reserved, claimed,
 * or not known because the barcodes service could not be asked.
 */
public enum BarcodeStanding {
    FOREIGN,
    NEVER_ISSUED,
    ISSUED,
    RESERVED,
    CLAIMED,
    UNCHECKED
}
