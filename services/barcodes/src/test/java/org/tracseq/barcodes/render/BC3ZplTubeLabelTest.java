package org.tracseq.barcodes.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tracseq.barcodes.domain.Barcode;

/** BC-3: a ZPL tube label with the barcode as Code 128 and two lines of text that cannot break it. */
class BC3ZplTubeLabelTest {
    private static final Barcode BARCODE = new Barcode("TS", "DNA", LocalDate.of(2026, 11, 28), 1);

    @Test
    void labelHasCode128OfTheBarcodeAndBothLines() {
        String zpl = ZplTubeLabel.of(BARCODE, "Patient 12 liver", "2026-11-28");
        assertThat(zpl).startsWith("^XA\n").endsWith("^XZ\n");
        assertThat(zpl).contains("^BCN,60,Y,N,N,A^FD" + BARCODE.text() + "^FS");
        assertThat(zpl).contains("^FDPatient 12 liver^FS", "^FD2026-11-28^FS");
    }

    @Test
    void missingOrBlankLinesAreLeftOut() {
        String zpl = ZplTubeLabel.of(BARCODE, null, " ");
        assertThat(zpl.lines().filter(line -> line.contains("^FD"))).hasSize(1);
    }

    @Test
    void caretAndTildeCannotStartPrinterCommands() {
        String zpl = ZplTubeLabel.of(BARCODE, "evil^XZ^XA~JR", "a_b");
        assertThat(zpl.indexOf("^XZ")).isEqualTo(zpl.lastIndexOf("^XZ"));
        assertThat(zpl.indexOf("^XA")).isZero().isEqualTo(zpl.lastIndexOf("^XA"));
        assertThat(zpl).doesNotContain("~");
        assertThat(zpl).contains("^FH_^FDevil_5EXZ_5EXA_7EJR^FS", "^FDa_5Fb^FS");
    }

    @Test
    void controlCharactersAreDroppedAndNonAsciiIsSentAsUtf8() {
        assertThat(ZplTubeLabel.escape("a\nb\r\tc")).isEqualTo("abc");
        assertThat(ZplTubeLabel.escape("Łódź µL")).isEqualTo("_C5_81_C3_B3d_C5_BA _C2_B5L");
    }
}
