package org.tracseq.samples.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Domain enums travel and are stored as their lower snake case names ({@code in_storage}). */
final class WireValues {
    private WireValues() {}

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " '" + value + "'; expected one of "
                + Arrays.stream(type.getEnumConstants())
                        .map(c -> c.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")));
    }
}
