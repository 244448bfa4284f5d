package org.tracseq.storage.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import java.util.UUID;
import org.tracseq.platform.persistence.NativeValues;

/**
 * A uuid[] column (a location's path, the locations an event touches) as a list. The entities only
 * read these columns: the native statements that write them cast the text form themselves.
 */
@Converter
public class UuidArrayConverter implements AttributeConverter<List<UUID>, Object> {
    @Override
    public Object convertToDatabaseColumn(List<UUID> ids) {
        return ids == null ? null : NativeValues.array(ids);
    }

    @Override
    public List<UUID> convertToEntityAttribute(Object column) {
        return NativeValues.uuids(column);
    }
}
