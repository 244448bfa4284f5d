package org.tracseq.platform.json;

import java.util.Optional;

/**
 * Control characters in text a client sends: PostgreSQL cannot store U+0000, and the others only
 * hide what a field holds from the people reading it (or forge lines in a log). Free text may
 * keep tab and line breaks; a parameter, name or identifier may not (docs/security.md).
 */
public final class ControlCharacters {
    private ControlCharacters() {}

    /**
     * The first control character in {@code text}, described for a problem's message, e.g.
     * {@code "the control character U+0000 (at character 2)"}.
     *
     * @param allowLineBreaks whether tab, line feed and carriage return are allowed
     */
    public static Optional<String> find(String text, boolean allowLineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
            boolean lineBreak = c == '\t' || c == '\n' || c == '\r';
            if (control && !(allowLineBreaks && lineBreak)) {
                return Optional.of(String.format("the control character U+%04X (at character %d)", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }
}
