package org.tracseq.platform.context;

import java.util.function.Supplier;

/** A request's per-thread values (its token, its request id) taken along to work on another thread. */
public final class ThreadValues {
    private ThreadValues() {}

    /**
     * {@code work} with this thread's value of {@code local} bound while it runs, wherever it runs;
     * the thread it runs on keeps nothing of it afterwards.
     */
    public static <V, T> Supplier<T> carried(ThreadLocal<V> local, Supplier<T> work) {
        V value = local.get();
        return () -> {
            V before = local.get();
            local.set(value);
            try {
                return work.get();
            } finally {
                if (before == null) {
                    local.remove();
                } else {
                    local.set(before);
                }
            }
        };
    }
}
