package org.tracseq.barcodes.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A barcode's modules (one bit per dark or light square or bar) at their natural size, quiet zone
 * included; the image writers only scale it. A linear symbol has a single row of modules that the
 * writers stretch into bars.
 */
public record Symbol(BitMatrix modules, boolean linear) {
    /** The light margin scanners need around a 2-D symbol when the encoder adds none (DataMatrix). */
    private static final int MATRIX_QUIET_ZONE = 2;

    public static Symbol encode(String text, Symbology symbology) {
        Map<EncodeHintType, Object> hints = Map.of(
                // Lab labels get scratched and frosted: QR's 15 % error correction, square DataMatrix.
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE);
        try {
            BitMatrix modules =
                    new MultiFormatWriter().encode(text, symbology.zxingFormat, 0, symbology.linear ? 1 : 0, hints);
            return new Symbol(
                    symbology.zxingFormat == BarcodeFormat.DATA_MATRIX
                            ? withMargin(modules, MATRIX_QUIET_ZONE)
                            : modules,
                    symbology.linear);
        } catch (WriterException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Cannot encode '" + text + "' as " + symbology + ": " + e.getMessage(), e);
        }
    }

    public int width() {
        return modules.getWidth();
    }

    public int height() {
        return modules.getHeight();
    }

    public boolean isDark(int x, int y) {
        return modules.get(x, y);
    }

    private static BitMatrix withMargin(BitMatrix modules, int margin) {
        BitMatrix padded = new BitMatrix(modules.getWidth() + 2 * margin, modules.getHeight() + 2 * margin);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    padded.set(x + margin, y + margin);
                }
            }
        }
        return padded;
    }
}
