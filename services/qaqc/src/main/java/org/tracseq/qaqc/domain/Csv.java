package org.tracseq.qaqc.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of delimited text as instruments write them: comma- or tab-separated (NanoDrop exports
 * either), fields optionally in double quotes with {@code ""} for a quote, a byte-order mark
 * tolerated. Quoted fields spanning lines are not expected in these exports and are not joined.
 */
final class Csv {
    private Csv() {}

    static List<String> lines(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    /** The delimiter of a header line: a tab when it has one, else a comma. */
    static char delimiter(String header) {
        return header.indexOf('\t') >= 0 ? '\t' : ',';
    }

    static List<String> fields(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    static boolean blank(String line) {
        return line.chars().allMatch(c -> c == ',' || c == '\t' || Character.isWhitespace(c));
    }
}
