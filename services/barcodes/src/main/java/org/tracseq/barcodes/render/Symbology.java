package org.tracseq.barcodes.render;

import com.google.zxing.BarcodeFormat;

/** The symbologies a barcode can be drawn in (BC-3). */
public enum Symbology {
    CODE128(BarcodeFormat.CODE_128, true),
    DATAMATRIX(BarcodeFormat.DATA_MATRIX, false),
    QR(BarcodeFormat.QR_CODE, false);

    final BarcodeFormat zxingFormat;
    final boolean linear;

    Symbology(BarcodeFormat zxingFormat, boolean linear) {
        this.zxingFormat = zxingFormat;
        this.linear = linear;
    }
}
