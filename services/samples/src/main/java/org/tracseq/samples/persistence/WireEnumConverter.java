package org.tracseq.samples.persistence;

import jakarta.persistence.AttributeConverter;
import java.util.Locale;
import java.util.function.Function;

/** Stores a domain enum as its lower snake case wire value, the same text the API and CHECK constraints use. */
abstract class WireEnumConverter<E extends Enum<E>> implements AttributeConverter<E, String> {
    private final Function<String, E> parse;

    WireEnumConverter(Function<String, E> parse) {
        this.parse = parse;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public E convertToEntityAttribute(String column) {
        return column == null ? null : parse.apply(column);
    }
}
