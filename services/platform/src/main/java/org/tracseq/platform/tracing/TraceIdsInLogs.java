package org.tracseq.platform.tracing;

import com.ibm.websphere.logging.hpel.LogRecordContext;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Every log record written inside a traced span (a request's, an event consumer's) gets the trace id
 * as a field, {@code ext_traceId} in JSON logs, beside the request id: Liberty asks the extension
 * for its value when a record is written, so nothing happens per request. The extension is the
 * server's, not the application's: in a server of several applications the first one registers it.
 */
@ApplicationScoped
public class TraceIdsInLogs {
    private static final String FIELD = "traceId";
    private static final LogRecordContext.Extension TRACE_ID =
            () -> Traces.current().map(SpanContext::getTraceId).orElse(null);

    private boolean registered;

    void register(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            LogRecordContext.registerExtension(FIELD, TRACE_ID);
            registered = true;
        } catch (IllegalArgumentException alreadyRegistered) {
            // Another application of this server registered it first.
        }
    }

    void unregister(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        if (registered) {
            LogRecordContext.unregisterExtension(FIELD);
        }
    }
}
