package org.tracseq.barcodes.domain;

/** Who takes a reserved barcode, e.g. {@code sample:7f1c...}; the contract has checked it on arrival. */
public record ClaimRequest(String owner) {}
