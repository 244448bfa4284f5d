package org.tracseq.barcodes.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a scanned or typed barcode and says everything that is wrong with it (BC-1). */
public final class BarcodeFormat {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 50;
    public static final String PATTERN_DESCRIPTION = "PREFIX[-TYPE]-YYYYMMDD-NNNNNN-C";
    static final Pattern PREFIX = Pattern.compile("[A-Z]{2,6}");
    static final Pattern TYPE_CODE = Pattern.compile("[A-Z0-9]{1,4}");
    private static final Pattern CHARACTERS = Pattern.compile("[A-Z0-9-]*");
    private static final Pattern STRUCTURE = Pattern.compile(
            "(?<prefix>[A-Z]{2,6})(?:-(?<type>[A-Z0-9]{1,4}))?-(?<date>[0-9]{8})-(?<sequence>[0-9]{6})-(?<check>[A-Z0-9])");
    /** {@code uuuu}, not {@code yyyy}: strict resolution rejects 20260230 only with the proleptic year. */
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private BarcodeFormat() {}

    /** The verdict on {@code text}: the barcode when it is valid, else every problem found. */
    public static Verdict check(String text) {
        List<String> problems = new ArrayList<>();
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            problems.add("must be " + MIN_LENGTH + "-" + MAX_LENGTH + " characters long, is " + text.length());
        }
        if (!CHARACTERS.matcher(text).matches()) {
            problems.add("may contain only upper-case letters A-Z, digits 0-9 and '-'");
        }
        Matcher parts = STRUCTURE.matcher(text);
        if (!parts.matches()) {
            problems.add("does not have the form " + PATTERN_DESCRIPTION);
            return new Verdict(text, null, problems);
        }
        LocalDate date = parseDate(parts.group("date"), problems);
        int sequence = Integer.parseInt(parts.group("sequence"));
        if (sequence < 1) {
            problems.add("sequence 000000 is out of range: sequences start at 000001");
        }
        if (!problems.isEmpty()) {
            return new Verdict(text, null, problems);
        }
        Barcode barcode = new Barcode(parts.group("prefix"), parts.group("type"), date, sequence);
        if (barcode.checkCharacter() != parts.group("check").charAt(0)) {
            problems.add("check character does not match: the barcode was mistyped or misread");
            return new Verdict(text, null, problems);
        }
        return new Verdict(text, barcode, List.of());
    }

    private static LocalDate parseDate(String digits, List<String> problems) {
        try {
            return LocalDate.parse(digits, DATE);
        } catch (DateTimeParseException e) {
            problems.add("date " + digits + " is not a calendar date (YYYYMMDD)");
            return null;
        }
    }

    /** {@code barcode} is present exactly when {@code problems} is empty. */
    public record Verdict(String text, Barcode barcode, List<String> problems) {
        public Verdict {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return barcode != null;
        }
    }
}
