package org.tracseq.platform.web;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Boolean parameters are {@code true} or {@code false}: JAX-RS's own {@code Boolean.valueOf} reads
 * any other word as false, so {@code ?enabled=yes} would quietly list the disabled accounts.
 */
@Provider
public class BooleanParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == Boolean.class || rawType == boolean.class ? (ParamConverter<T>) new StrictBoolean() : null;
    }

    static final class StrictBoolean implements ParamConverter<Boolean> {
        @Override
        public Boolean fromString(String value) {
            if (value == null) {
                return null;
            }
            return switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("'" + value + "' is not true or false");
            };
        }

        @Override
        public String toString(Boolean value) {
            return value.toString();
        }
    }
}
