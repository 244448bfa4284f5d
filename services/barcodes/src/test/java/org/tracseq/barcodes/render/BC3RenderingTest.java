package org.tracseq.barcodes.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tracseq.barcodes.domain.Barcode;

/** BC-3: Code 128, DataMatrix and QR as PNG and SVG that read back to the barcode. */
class BC3RenderingTest {
    private static final String TEXT = new Barcode("TS", "DNA", LocalDate.of(2026, 11, 28), 1).text();

    @ParameterizedTest
    @EnumSource(Symbology.class)
    void pngDecodesBackToTheBarcode(Symbology symbology) {
        BufferedImage image = Decoding.image(PngWriter.write(Symbol.encode(TEXT, symbology), new ImageSize(300)));
        var result = Decoding.decode(image);
        assertThat(result.getText()).isEqualTo(TEXT);
        assertThat(result.getBarcodeFormat()).isEqualTo(symbology.zxingFormat);
    }

    @ParameterizedTest
    @EnumSource(Symbology.class)
    void svgDrawsExactlyTheSymbolsModulesAndDecodes(Symbology symbology) {
        Symbol symbol = Symbol.encode(TEXT, symbology);
        String svg = SvgWriter.write(symbol, new ImageSize(300));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("width=\"300\"");
        assertThat(Decoding.modules(svg)).isEqualTo(symbol.modules());
        assertThat(Decoding.decode(Decoding.raster(Decoding.modules(svg))).getText())
                .isEqualTo(TEXT);
    }

    @Test
    void pngModulesAreWholePixelsWithinTheRequestedWidth() {
        Symbol qr = Symbol.encode(TEXT, Symbology.QR);
        BufferedImage image = Decoding.image(PngWriter.write(qr, new ImageSize(1000)));
        assertThat(image.getWidth()).isLessThanOrEqualTo(1000).isEqualTo(qr.width() * (1000 / qr.width()));
        assertThat(image.getHeight()).isEqualTo(image.getWidth());
    }

    @Test
    void aTooSmallSizeStillGivesOnePixelPerModule() {
        Symbol code128 = Symbol.encode(TEXT, Symbology.CODE128);
        BufferedImage image = Decoding.image(PngWriter.write(code128, new ImageSize(50)));
        assertThat(image.getWidth()).isEqualTo(code128.width());
        assertThat(Decoding.decode(image).getText()).isEqualTo(TEXT);
    }

    @Test
    void code128IsAQuarterAsTallAsWide() {
        BufferedImage image =
                Decoding.image(PngWriter.write(Symbol.encode(TEXT, Symbology.CODE128), new ImageSize(1200)));
        assertThat(image.getHeight()).isEqualTo(image.getWidth() / 4);
        assertThat(Decoding.decode(image).getBarcodeFormat()).isEqualTo(BarcodeFormat.CODE_128);
    }
}
