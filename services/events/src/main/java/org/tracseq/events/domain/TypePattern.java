package org.tracseq.events.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which event types a filter or a subscription takes: one type ({@code storage.item.placed}), a
 * prefix of whole parts ending in {@code .*} ({@code storage.item.*} takes {@code storage.item.placed},
 * not {@code storage.items.x}), or {@code *} for every type.
 */
public record TypePattern(String text, Optional<String> prefix) {
    /** The contract's TypePattern; checked here too for the stream, whose method is not generated. */
    private static final Pattern SYNTAX = Pattern.compile("^(\\*|[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*(\\.\\*)?)$");

    private static final int MAX_LENGTH = 200;

    public static TypePattern parse(String text) {
        if (text == null || text.length() > MAX_LENGTH || !SYNTAX.matcher(text).matches()) {
            throw new IllegalArgumentException("must be an event type, a prefix ending in .* (storage.item.*), or *");
        }
        if (text.equals("*")) {
            return new TypePattern(text, Optional.of(""));
        }
        return text.endsWith(".*")
                ? new TypePattern(text, Optional.of(text.substring(0, text.length() - 1)))
                : new TypePattern(text, Optional.empty());
    }

    public boolean matches(String type) {
        return prefix.map(type::startsWith).orElseGet(() -> type.equals(text));
    }

    /** Whether any of {@code patterns} takes {@code type}. */
    public static boolean anyMatches(Collection<TypePattern> patterns, String type) {
        return patterns.stream().anyMatch(pattern -> pattern.matches(type));
    }
}
