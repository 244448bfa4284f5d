package org.tracseq.gateway.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.tracseq.gateway.balancing.Instance;
import org.tracseq.gateway.routing.Route;

/**
 * The gateway's own Prometheus metrics (application scope, {@code /metrics?scope=application}),
 * absolute names {@code tracseq_gateway_<what>}; names and tags are listed in docs/gateway.md.
 * MicroProfile Fault Tolerance's own {@code ft_*} metrics name the method, which every route shares
 * ({@code ServiceCalls.call}), so what the policy stopped is counted here per route.
 */
@ApplicationScoped
public class GatewayMetrics {
    private static final Metadata REQUESTS = Metadata.builder()
            .withName("tracseq_gateway_requests")
            .withDescription("Requests per route and status class (2xx, 3xx, 4xx, 5xx)")
            .build();
    private static final Metadata LATENCY = Metadata.builder()
            .withName("tracseq_gateway_request_duration")
            .withDescription("Time from the gateway receiving a request to its answer, per route")
            .withUnit(MetricUnits.SECONDS)
            .build();
    private static final Metadata RETRIES = Metadata.builder()
            .withName("tracseq_gateway_retries")
            .withDescription("Attempts after the first, per route (to another instance when there is one)")
            .build();
    private static final Metadata RATE_LIMITED = Metadata.builder()
            .withName("tracseq_gateway_rate_limited")
            .withDescription("Requests refused with 429, per route class")
            .build();
    private static final Metadata POLICY_REFUSALS = Metadata.builder()
            .withName("tracseq_gateway_policy_refusals")
            .withDescription("Requests the route's fault-tolerance policy stopped, per route and reason: "
                    + "breaker_open and bulkhead_full (answered 503 at once), timeout (504)")
            .build();
    private static final Metadata UPSTREAM_ERRORS = Metadata.builder()
            .withName("tracseq_gateway_upstream_errors")
            .withDescription("5xx answers from a service other than 502, 503 and 504, per route: bugs to alert on, "
                    + "passed on to the caller and not held against the instance")
            .build();
    private static final Metadata INSTANCE_AVAILABLE = Metadata.builder()
            .withName("tracseq_gateway_instance_available")
            .withDescription("1 while the gateway sends requests to the instance, 0 while it is ejected or "
                    + "failing its readiness checks")
            .build();

    @Inject
    MetricRegistry registry;

    /**
     * The per-answer metrics, found once per route and status class: the registry's own lookup
     * (metric id, tag sorting, metadata check) took about 2 % of the gateway's CPU.
     */
    private final Map<String, Counter> requests = new ConcurrentHashMap<>();

    private final Map<String, Timer> latencies = new ConcurrentHashMap<>();

    public void answered(String route, int status, Duration took) {
        String statusClass = status / 100 + "xx";
        requests.computeIfAbsent(
                        route + " " + statusClass,
                        key -> registry.counter(REQUESTS, new Tag("route", route), new Tag("status", statusClass)))
                .inc();
        latencies
                .computeIfAbsent(route, key -> registry.timer(LATENCY, new Tag("route", route)))
                .update(took);
    }

    public void retried(Route route) {
        registry.counter(RETRIES, new Tag("route", route.name())).inc();
    }

    /** @param reason {@code breaker_open}, {@code bulkhead_full} or {@code timeout} */
    public void refusedByPolicy(Route route, String reason) {
        registry.counter(POLICY_REFUSALS, new Tag("route", route.name()), new Tag("reason", reason))
                .inc();
    }

    /** The route's service answered a 5xx that does not say it is unavailable: a bug in it. */
    public void upstreamError(Route route) {
        registry.counter(UPSTREAM_ERRORS, new Tag("route", route.name())).inc();
    }

    public void rateLimited(String routeClass) {
        registry.counter(RATE_LIMITED, new Tag("class", routeClass)).inc();
    }

    /** Registers the instance's availability gauge once; later calls find it registered. */
    public void watch(Route route, Instance instance) {
        registry.gauge(
                INSTANCE_AVAILABLE,
                instance,
                watched -> "available".equals(watched.state(System.currentTimeMillis())) ? 1 : 0,
                new Tag("route", route.name()),
                new Tag("instance", instance.baseUrl().toString()));
    }
}
