package org.tracseq.barcodes.render;

import org.tracseq.platform.problem.ValidationProblem;

/**
 * The requested width of an image: pixels for PNG, user units for SVG. Bounded so a request can
 * neither ask for an unreadable speck nor make the server draw a poster.
 */
public record ImageSize(int width) {
    public static final int MIN = 50;
    public static final int MAX = 2000;
    /** Linear bars are a quarter as tall as the symbol is wide: easy to hit with a hand scanner. */
    static final int LINEAR_ASPECT = 4;

    public static ImageSize of(Integer width) {
        ValidationProblem.collector()
                .check(width != null && width >= MIN && width <= MAX, "size", "must be between " + MIN + " and " + MAX)
                .throwIfAny();
        return new ImageSize(width);
    }
}
