package org.tracseq.platform.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.tracseq.platform.security.CurrentToken;
import org.tracseq.platform.web.RequestIds;

/**
 * Work a request does on another thread, e.g. two calls to other services at once: it runs with the
 * caller's token and request id, as on the request's own thread, so the calls carry both.
 */
public final class OnBehalfOfCaller {
    private OnBehalfOfCaller() {}

    public static <T> CompletableFuture<T> supplyAsync(Supplier<T> work, Executor executor) {
        return CompletableFuture.supplyAsync(RequestIds.carriedTo(CurrentToken.carriedTo(work)), executor);
    }

    /** The work's result; its refusal (e.g. a 503 problem from a client) thrown as if it ran here. */
    public static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
