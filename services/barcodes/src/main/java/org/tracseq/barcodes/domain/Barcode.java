package org.tracseq.barcodes.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A well-formed barcode (BC-1): {@code PREFIX[-TYPE]-YYYYMMDD-NNNNNN-C}, e.g.
 * {@code TS-DNA-20261128-000001-C}; {@code typeCode} is null when there is none. The check character
 * is derived, never stored, so a {@code Barcode} cannot carry a wrong one.
 */
public record Barcode(String prefix, String typeCode, LocalDate date, int sequence) {
    public static final int MAX_SEQUENCE = 999_999;

    public Barcode {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(date, "date");
        if (!BarcodeFormat.PREFIX.matcher(prefix).matches()
                || typeCode != null
                        && !BarcodeFormat.TYPE_CODE.matcher(typeCode).matches()
                || sequence < 1
                || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("Not a valid barcode: " + prefix + "/" + typeCode + "/" + sequence);
        }
    }

    /** Everything the check character covers: the barcode up to and including the last hyphen. */
    String body() {
        return prefix + (typeCode == null ? "" : "-" + typeCode) + "-" + date.format(DateTimeFormatter.BASIC_ISO_DATE)
                + "-" + String.format("%06d", sequence) + "-";
    }

    public char checkCharacter() {
        return CheckCharacter.of(body());
    }

    public String text() {
        return body() + checkCharacter();
    }

    @Override
    public String toString() {
        return text();
    }
}
