package org.tracseq.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * A uuid column that may be NULL (a facility's parent, a library made outside a plate, a kit not
 * superseded). EclipseLink's own UUID conversion fails on NULL, so these columns come through as the
 * driver reads them and are bound as they are. It lives outside the services' persistence units, so
 * each unit that uses it lists it in its persistence.xml.
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
