package org.tracseq.barcodes.render;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Reads rendered symbols back the way a scanner would, with ZXing's readers. */
public final class Decoding {
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

    private Decoding() {}

    public static BufferedImage image(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decoded text and ZXing's name for the symbology it found. */
    public static Result decode(BufferedImage image) {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return new MultiFormatReader()
                    .decode(
                            bitmap,
                            Map.of(
                                    DecodeHintType.TRY_HARDER,
                                    true,
                                    DecodeHintType.POSSIBLE_FORMATS,
                                    List.of(
                                            com.google.zxing.BarcodeFormat.CODE_128,
                                            com.google.zxing.BarcodeFormat.DATA_MATRIX,
                                            com.google.zxing.BarcodeFormat.QR_CODE)));
        } catch (NotFoundException e) {
            throw new AssertionError("No barcode found in the image", e);
        }
    }

    /** The modules an SVG from {@link SvgWriter} draws, read back from its path. */
    public static BitMatrix modules(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            throw new AssertionError("No viewBox in " + svg);
        }
        BitMatrix modules = new BitMatrix(Integer.parseInt(box.group(1)), Integer.parseInt(box.group(2)));
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            modules.setRegion(
                    Integer.parseInt(run.group(1)), Integer.parseInt(run.group(2)), Integer.parseInt(run.group(3)), 1);
        }
        return modules;
    }

    /** Draws modules as a plain raster (4 px each, bars 40 px tall for one row), for decoding. */
    public static BufferedImage raster(BitMatrix modules) {
        int scale = 4;
        int rowHeight = modules.getHeight() == 1 ? 40 : scale;
        BufferedImage image = new BufferedImage(
                modules.getWidth() * scale, modules.getHeight() * rowHeight, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, modules.get(x / scale, y / rowHeight) ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }
}
