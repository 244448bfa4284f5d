package org.tracseq.platform.web;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.tracseq.platform.context.ThreadValues;

/**
 * The request id of the request this thread is serving: accepted from {@code X-Request-Id} when it
 * looks sane, created otherwise, and sent on with every outgoing call.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final String LOG_FIELD = "requestId";

    private RequestIds() {}

    /** The incoming id if it is acceptable, else a fresh one (a client cannot inject log noise). */
    public static String acceptOrCreate(String incoming) {
        return incoming != null && ACCEPTABLE.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** {@code work} with this thread's request id bound while it runs, wherever it runs. */
    public static <T> Supplier<T> carriedTo(Supplier<T> work) {
        return ThreadValues.carried(CURRENT, work);
    }

    /**
     * Does {@code work} as part of request {@code requestId}, which an event carries to its
     * consumers: the log lines, outgoing calls and events it makes carry that id, so one id follows
     * a change across services. This thread's own id (if any) is back afterwards.
     */
    public static <E extends Exception> void within(String requestId, Work<E> work) throws E {
        String previous = CURRENT.get();
        bind(requestId);
        try {
            work.run();
        } finally {
            if (previous == null) {
                clear();
            } else {
                bind(previous);
            }
        }
    }

    /** Work that may throw what it throws. */
    @FunctionalInterface
    public interface Work<E extends Exception> {
        void run() throws E;
    }

    /** Binds the id to this thread and to every log record it writes (ext_requestId in JSON logs). */
    static void bind(String requestId) {
        CURRENT.set(requestId);
        LogRecordContext.addExtension(LOG_FIELD, requestId);
    }

    static void clear() {
        CURRENT.remove();
        LogRecordContext.removeExtension(LOG_FIELD);
    }
}
