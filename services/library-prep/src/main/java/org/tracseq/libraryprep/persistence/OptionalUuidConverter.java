package org.tracseq.libraryprep.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * A uuid column that may be NULL (a library made outside a plate, a kit not superseded). EclipseLink's
 * own UUID conversion fails on NULL, so these columns come through as the driver reads them.
 * (Storage has the same converter; it belongs in the platform.)
 */
@Converter
public class OptionalUuidConverter implements AttributeConverter<UUID, Object> {
    @Override
    public Object convertToDatabaseColumn(UUID id) {
        return id;
    }

    @Override
    public UUID convertToEntityAttribute(Object column) {
        return column == null || column instanceof UUID ? (UUID) column : UUID.fromString(column.toString());
    }
}
