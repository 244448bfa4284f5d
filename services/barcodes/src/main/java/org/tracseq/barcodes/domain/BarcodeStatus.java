package org.tracseq.barcodes.domain;

/** Where a barcode stands: issued by generate, or reserved and then claimed exactly once (BC-2). */
public enum BarcodeStatus {
    ISSUED,
    RESERVED,
    CLAIMED
}
