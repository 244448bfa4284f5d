package org.tracseq.barcodes.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tracseq.barcodes.domain.Barcode;

/**
 * A ZPL II tube label (BC-3) for 203 dpi printers, 2.25 × 0.75 in: the barcode as Code 128 with
 * its text underneath, then up to two human-readable lines (e.g. the sample name and date).
 *
 * <p>Free text goes through {@code ^FH} hex escapes: {@code ^} and {@code ~} would otherwise start a
 * printer command (a name like {@code x^XZ} would end the label early), and everything outside
 * printable ASCII is sent as its UTF-8 bytes under {@code ^CI28}. Control characters are dropped.
 * The lines' length limit is the contract's ({@code line1}, {@code line2}), checked before the
 * request gets here.
 */
public final class ZplTubeLabel {
    private static final char HEX_INDICATOR = '_';

    private ZplTubeLabel() {}

    public static String of(Barcode barcode, String line1, String line2) {
        List<String> lines = new ArrayList<>();
        lines.add("^XA");
        lines.add("^CI28");
        lines.add("^PW457^LL152^LH0,0");
        // Automatic subset switching packs the digit runs as pairs (subset C): a shorter symbol.
        lines.add("^FO15,10^BY2^BCN,60,Y,N,N,A^FD" + barcode.text() + "^FS");
        addText(lines, 100, line1);
        addText(lines, 126, line2);
        lines.add("^XZ");
        return String.join("\n", lines) + "\n";
    }

    private static void addText(List<String> lines, int top, String text) {
        if (text != null && !text.isBlank()) {
            lines.add("^FO15," + top + "^A0N,22,22^FH" + HEX_INDICATOR + "^FD" + escape(text) + "^FS");
        }
    }

    /** Field data safe inside {@code ^FH^FD ... ^FS}. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                return;
            }
            if (cp == '^' || cp == '~' || cp == HEX_INDICATOR || cp > 0x7E) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    escaped.append(HEX_INDICATOR).append(String.format("%02X", b & 0xFF));
                }
            } else {
                escaped.append((char) cp);
            }
        });
        return escaped.toString();
    }
}
