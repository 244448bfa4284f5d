package org.tracseq.barcodes.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a symbol as a black-on-white PNG. Every module gets the same whole number of pixels, as
 * scanners need; so the image is the largest such multiple that fits the requested width, and never
 * narrower than one pixel per module.
 */
public final class PngWriter {
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    private PngWriter() {}

    public static byte[] write(Symbol symbol, ImageSize size) {
        int scale = Math.max(1, size.width() / symbol.width());
        int width = symbol.width() * scale;
        int height = symbol.linear() ? Math.max(1, width / ImageSize.LINEAR_ASPECT) : symbol.height() * scale;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < height; y++) {
            int moduleY = symbol.linear() ? 0 : y / scale;
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, symbol.isDark(x / scale, moduleY) ? BLACK : WHITE);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        }
        return png.toByteArray();
    }
}
