package org.tracseq.platform.web;

import jakarta.validation.Path;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where a field error belongs in a report: rows in their order, and within a row the fields in the
 * order the contract declares them (the generated model's field order), so a user reads a problem
 * list in the order of the form or spreadsheet they filled in.
 */
record FieldOrder(List<Integer> positions) implements Comparable<FieldOrder> {

    static FieldOrder of(Class<?> root, Path path) {
        List<Integer> positions = new ArrayList<>();
        Type type = root;
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                positions.add(node.getIndex() == null ? 0 : node.getIndex());
                type = elementType(type);
            }
            Field field = field(raw(type), node.getName());
            positions.add(
                    field == null
                            ? -1
                            : Arrays.asList(raw(type).getDeclaredFields()).indexOf(field));
            type = field == null ? Object.class : field.getGenericType();
        }
        return new FieldOrder(positions);
    }

    @Override
    public int compareTo(FieldOrder other) {
        for (int i = 0; i < Math.min(positions.size(), other.positions.size()); i++) {
            int order = Integer.compare(positions.get(i), other.positions.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(positions.size(), other.positions.size());
    }

    private static Field field(Class<?> owner, String name) {
        for (Class<?> c = owner; name != null && c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return field;
                }
            }
        }
        return null;
    }

    /** The element type of a list, or the value type of a map. */
    private static Type elementType(Type container) {
        if (container instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            Class<?> raw = raw(parameterized);
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                return arguments[arguments.length - 1];
            }
        }
        return Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return raw(parameterized.getRawType());
        }
        return Object.class;
    }
}
