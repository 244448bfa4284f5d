package org.tracseq.samples.domain;

import java.util.Objects;

/** One member of a JSON merge patch: left out (keep), {@code null} (clear) or a new value. */
public final class Patch<T> {
    private static final Patch<?> KEEP = new Patch<>(false, null);
    private static final Patch<?> CLEAR = new Patch<>(true, null);

    private final boolean present;
    private final T value;

    private Patch(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> keep() {
        return (Patch<T>) KEEP;
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> clear() {
        return (Patch<T>) CLEAR;
    }

    public static <T> Patch<T> set(T value) {
        return new Patch<>(true, Objects.requireNonNull(value, "value"));
    }

    /** Whether the member was in the patch at all. */
    public boolean isPresent() {
        return present;
    }

    public boolean isClear() {
        return present && value == null;
    }

    /** The value after the patch: the new one, null when cleared, {@code current} when left out. */
    public T applyTo(T current) {
        return present ? value : current;
    }

    /** The new value; null unless set. */
    public T value() {
        return value;
    }
}
