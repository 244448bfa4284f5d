package org.tracseq.platform.tracing;

import io.opentelemetry.api.trace.Span;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.tracseq.platform.web.RequestIds;

/**
 * Gives a traced request's span (Liberty's, made for every JAX-RS request) the request id, so a
 * trace leads to the request's log lines and back. Liberty starts that span in JAX-RS, after the
 * servlet filter that takes the id ({@code RequestIdFilter}), hence a JAX-RS filter.
 */
@Provider
@Priority(Priorities.USER)
public class RequestSpans implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        if (Traces.current().isPresent()) {
            RequestIds.current().ifPresent(id -> Span.current().setAttribute(Traces.REQUEST_ID, id));
        }
    }
}
