package org.tracseq.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: the items, where they are in it, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
