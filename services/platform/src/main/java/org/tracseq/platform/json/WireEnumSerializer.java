package org.tracseq.platform.json;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.util.Locale;

/** {@code IN_STORAGE} is written {@code in_storage}, the convention of every TracSeq API. */
@SuppressWarnings("rawtypes")
public class WireEnumSerializer implements JsonbSerializer<Enum> {
    @Override
    public void serialize(Enum value, JsonGenerator generator, SerializationContext context) {
        generator.write(wireValue(value));
    }

    public static String wireValue(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
