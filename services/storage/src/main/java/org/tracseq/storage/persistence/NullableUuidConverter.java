package org.tracseq.storage.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * A uuid column that may be NULL (a facility's parent, an event's boxes, a position an item does
 * not hold). EclipseLink's own UUID conversion fails on NULL, so these columns come through as the
 * driver reads them and are bound as they are.
 */
@Converter
public class NullableUuidConverter implements AttributeConverter<UUID, Object> {
    @Override
    public Object convertToDatabaseColumn(UUID id) {
        return id;
    }

    @Override
    public UUID convertToEntityAttribute(Object column) {
        return column == null || column instanceof UUID ? (UUID) column : UUID.fromString(column.toString());
    }
}
