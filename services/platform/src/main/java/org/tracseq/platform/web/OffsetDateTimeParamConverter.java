package org.tracseq.platform.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.tracseq.platform.json.StrictJson;

/**
 * Query parameters of type date-time ({@code createdFrom=2026-01-31T00:00:00Z}), refused with a 400
 * when malformed or outside the years a body's dates may have ({@link StrictJson}): PostgreSQL
 * refuses such a time only when the query runs, and EclipseLink takes the refusal for a lost
 * connection and retries the read twice, five seconds apart.
 */
@Provider
public class OffsetDateTimeParamConverter implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == OffsetDateTime.class ? (ParamConverter<T>) new Converter() : null;
    }

    private static final class Converter implements ParamConverter<OffsetDateTime> {
        @Override
        public OffsetDateTime fromString(String value) {
            if (value == null) {
                return null;
            }
            OffsetDateTime time;
            try {
                time = OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                throw new BadRequestException(
                        "'" + value + "' is not an ISO-8601 date-time with offset, " + "e.g. 2026-01-31T12:00:00Z");
            }
            if (time.getYear() < StrictJson.FIRST_YEAR || time.getYear() > StrictJson.LAST_YEAR) {
                throw new BadRequestException("'" + value + "' must be between the years " + StrictJson.FIRST_YEAR
                        + " and " + StrictJson.LAST_YEAR);
            }
            return time;
        }

        @Override
        public String toString(OffsetDateTime value) {
            return value.toString();
        }
    }
}
