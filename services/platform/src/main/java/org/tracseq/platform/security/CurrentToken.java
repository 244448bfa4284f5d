package org.tracseq.platform.security;

import java.util.Optional;
import java.util.function.Supplier;
import org.tracseq.platform.context.ThreadValues;

/**
 * The verified token of the request this thread is serving, so calls to other services carry the
 * caller's own token: the callee applies its roles to the real user and audits the real actor.
 */
public final class CurrentToken {
    private static final ThreadLocal<VerifiedToken> CURRENT = new ThreadLocal<>();

    private CurrentToken() {}

    public static Optional<VerifiedToken> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** {@code work} with this thread's token bound while it runs, wherever it runs. */
    public static <T> Supplier<T> carriedTo(Supplier<T> work) {
        return ThreadValues.carried(CURRENT, work);
    }

    static void bind(VerifiedToken token) {
        CURRENT.set(token);
    }

    static void clear() {
        CURRENT.remove();
    }
}
