package org.tracseq.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

/** The traceparent an event takes from the request that writes it, and the parent its consumer continues. */
class TracesTest {
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-" + SPAN_ID + "-01";

    @Test
    void inATracedRequestTheTraceparentNamesItsSpan() {
        Span request =
                Span.wrap(SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault()));
        try (Scope ignored = request.makeCurrent()) {
            assertThat(Traces.traceparent()).contains(TRACEPARENT);
            assertThat(Traces.current()).map(SpanContext::getTraceId).contains(TRACE_ID);
        }
    }

    @Test
    void outsideATraceThereIsNone() {
        assertThat(Traces.traceparent()).isEmpty();
        assertThat(Traces.current()).isEmpty();
    }

    @Test
    void aConsumerContinuesTheSpanTheTraceparentNames() {
        SpanContext parent = Span.fromContext(Traces.continuing(TRACEPARENT)).getSpanContext();

        assertThat(parent.isRemote()).isTrue();
        assertThat(parent.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(parent.getSpanId()).isEqualTo(SPAN_ID);
        assertThat(parent.isSampled()).isTrue();
    }

    @Test
    void anEventWithoutAValidTraceparentStartsNoContinuation() {
        assertThat(Span.fromContext(Traces.continuing(null)).getSpanContext().isValid())
                .isFalse();
        assertThat(Span.fromContext(Traces.continuing("00-not-a-trace-01"))
                        .getSpanContext()
                        .isValid())
                .isFalse();
    }
}
