package org.tracseq.platform.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current trace as the W3C {@code traceparent} text events carry, and back. With tracing off
 * (Liberty's default) no span is ever current, so these find nothing and cost a thread-local read.
 */
public final class Traces {
    /** The span attribute holding the request id, so a trace is found from a log line's id and back. */
    public static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("tracseq.request_id");

    private static final String TRACEPARENT = "traceparent";
    private static final TextMapGetter<String> ONE_TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    private Traces() {}

    /** The trace this thread works in, if it is in one: its ids, e.g. for a log line. */
    public static Optional<SpanContext> current() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? Optional.of(context) : Optional.empty();
    }

    /**
     * The current span as W3C Trace Context headers ({@code traceparent}, and {@code tracestate} when
     * it has one), for a call that continues it; empty outside a trace.
     */
    public static Map<String, String> headers() {
        return current().isEmpty() ? Map.of() : headers(Context.current());
    }

    /** The current span as a {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}), if there is one. */
    public static Optional<String> traceparent() {
        return Optional.ofNullable(headers().get(TRACEPARENT));
    }

    /** {@code span} as a {@code traceparent}, if it is a valid one. */
    public static Optional<String> traceparent(Span span) {
        return Optional.ofNullable(headers(Context.root().with(span)).get(TRACEPARENT));
    }

    private static Map<String, String> headers(Context context) {
        Map<String, String> headers = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(context, headers, Map::put);
        return headers;
    }

    /**
     * A context whose span is the remote one {@code traceparent} names, for work that continues it
     * elsewhere (an event's consumer); the root context when it is absent or not a valid one.
     */
    public static Context continuing(String traceparent) {
        return traceparent == null
                ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, ONE_TRACEPARENT);
    }
}
