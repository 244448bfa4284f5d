package org.tracseq.gateway.routing;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The one fault-tolerance policy of a call to a service (a forwarded request, or the gateway's own
 * question through a generated client), declared once, for every route: a timeout
 * per attempt, retries of idempotent requests, a circuit breaker and a bulkhead. Only
 * {@link UpstreamFailure.Retryable} is retried.
 * <p>
 * Liberty keeps breaker and bulkhead state per CDI bean and method, so each route has a bean of
 * its own ({@link ForRoute} names it): {@link RouteBeans} adds one for every route in
 * {@code tracseq.routes}, and a route that should take policy values of its own through MP Config
 * is declared in one line in {@code org.tracseq.gateway.routes}, whose class name its keys carry,
 * e.g. {@code org.tracseq.gateway.routes.Samples/CircuitBreaker/delay=10000}. For every route at
 * once: {@code CircuitBreaker/delay=10000} (the gateway uses fault tolerance for nothing else).
 * Not a bean itself (no bean-defining annotation; the gateway's beans.xml discovers annotated
 * classes only). Call {@link #call} through the bean ({@link Forwarder} does): interceptors only see
 * calls from outside.
 */
@Timeout(value = 30, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 50, jitter = 25, retryOn = UpstreamFailure.Retryable.class)
@CircuitBreaker(
        requestVolumeThreshold = 20,
        failureRatio = 0.5,
        delay = ServiceCalls.RETRY_AFTER_SECONDS * 1000L,
        successThreshold = 2,
        failOn = UpstreamFailure.class)
@Bulkhead(200)
public class ServiceCalls {
    /** Seconds a client is told to wait when a breaker is open; matches the breakers' delay. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** Runs one call to the route's service (all its attempts) under the route's policy. */
    public <T> T call(Supplier<T> attempts) {
        return attempts.get();
    }
}
