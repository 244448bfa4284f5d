package org.tracseq.gateway.metrics;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.tracseq.gateway.routing.RouteTable;

/**
 * Counts and times every answer under {@code /api/<route>/}, refusals (401, 429, 503) included.
 * Unknown route names are counted as {@code unknown}, so a scan of random paths cannot create
 * unbounded metric tags.
 */
@Provider
@PreMatching
public class RouteMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String STARTED = RouteMetricsFilter.class.getName() + ".started";

    @Inject
    GatewayMetrics metrics;

    @Inject
    RouteTable routes;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(STARTED) instanceof Long started)) {
            return;
        }
        String path = request.getUriInfo().getPath();
        String[] segments = (path.startsWith("/") ? path.substring(1) : path).split("/");
        if (segments.length < 2 || !segments[0].equals("api")) {
            return;
        }
        String route = routes.find(segments[1]).map(found -> found.name()).orElse("unknown");
        metrics.answered(route, response.getStatus(), Duration.ofNanos(System.nanoTime() - started));
    }
}
