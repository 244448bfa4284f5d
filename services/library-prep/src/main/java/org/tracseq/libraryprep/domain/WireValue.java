package org.tracseq.libraryprep.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The domain's enums travel, are stored and are written in kit files as their lower snake case names. */
public final class WireValue {
    private WireValue() {}

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> of(constant).equals(value))
                .findFirst();
    }

    public static String choices(Class<? extends Enum<?>> type) {
        return String.join(
                ", ", Arrays.stream(type.getEnumConstants()).map(WireValue::of).toList());
    }
}
