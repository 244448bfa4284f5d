package org.tracseq.barcodes.render;

/**
 * The requested width of an image: pixels for PNG, user units for SVG. Its bounds are the contract's
 * ({@code size} of renderBarcode), checked before the request gets here.
 */
public record ImageSize(int width) {
    /** Linear bars are a quarter as tall as the symbol is wide: easy to hit with a hand scanner. */
    static final int LINEAR_ASPECT = 4;
}
