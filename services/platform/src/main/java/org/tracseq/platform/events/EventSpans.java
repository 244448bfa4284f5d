package org.tracseq.platform.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import org.tracseq.platform.tracing.Traces;

/**
 * The spans of an event's way (OpenTelemetry's messaging conventions), each a child of the span of
 * the request that wrote the event: its publication by the relay and its processing by a consumer.
 */
final class EventSpans {
    private EventSpans() {}

    /** @param operation {@code publish} or {@code process} */
    static Span start(Tracer tracer, String operation, SpanKind kind, Event event) {
        String stream = Event.stream(event.family());
        Span span = tracer.spanBuilder(operation + " " + stream)
                .setParent(Traces.continuing(event.traceparent()))
                .setSpanKind(kind)
                .startSpan();
        if (span.isRecording()) {
            span.setAttribute("messaging.system", "redis");
            span.setAttribute("messaging.operation.name", operation);
            span.setAttribute("messaging.destination.name", stream);
            span.setAttribute("messaging.message.id", event.id().toString());
            span.setAttribute("tracseq.event.type", event.type());
        }
        return span;
    }
}
