package org.tracseq.platform.web;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Query, path and header parameters of enum type accept the wire value ({@code in_storage}, what
 * the generated enums print with toString) and refuse anything else listing the choices; JAX-RS
 * wraps the refusal and {@link WebApplicationExceptionMapper} answers it with a 400.
 */
@Provider
public class EnumParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        return (ParamConverter<T>) new WireEnumConverter<>((Class<? extends Enum<?>>) rawType);
    }

    private record WireEnumConverter<E extends Enum<?>>(Class<E> type) implements ParamConverter<E> {
        @Override
        public E fromString(String value) {
            if (value == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.toString().equals(value)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("Unknown value '" + value + "'; expected one of " + choices());
        }

        @Override
        public String toString(E value) {
            return value.toString();
        }

        private String choices() {
            return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
    }
}
