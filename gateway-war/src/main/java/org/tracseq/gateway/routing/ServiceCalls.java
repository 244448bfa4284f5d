package org.tracseq.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Runs forwarded calls under each service's own fault-tolerance policy. MicroProfile keeps one
 * circuit breaker and bulkhead per method, so each service has its own method and a failing service
 * never opens another's breaker. Every value is overridable through MP Config, e.g.
 * {@code org.tracseq.gateway.routing.ServiceCalls/samples/CircuitBreaker/delay=10000}.
 * Only {@link UpstreamFailure.Retryable} (idempotent requests) is retried. Call the methods through
 * the injected bean ({@link Forwarder} does), never from inside: interceptors only see outside calls.
 */
@ApplicationScoped
public class ServiceCalls {
    /** Seconds a client is told to wait when a breaker is open; matches the breakers' delay. */
    public static final int RETRY_AFTER_SECONDS = 5;

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, jitter = 25, retryOn = UpstreamFailure.Retryable.class)
    @CircuitBreaker(
            requestVolumeThreshold = 20,
            failureRatio = 0.5,
            delay = RETRY_AFTER_SECONDS * 1000L,
            successThreshold = 2,
            failOn = UpstreamFailure.class)
    @Bulkhead(200)
    public Answer auth(Supplier<Answer> forward) {
        return forward.get();
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, jitter = 25, retryOn = UpstreamFailure.Retryable.class)
    @CircuitBreaker(
            requestVolumeThreshold = 20,
            failureRatio = 0.5,
            delay = RETRY_AFTER_SECONDS * 1000L,
            successThreshold = 2,
            failOn = UpstreamFailure.class)
    @Bulkhead(200)
    public Answer samples(Supplier<Answer> forward) {
        return forward.get();
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, jitter = 25, retryOn = UpstreamFailure.Retryable.class)
    @CircuitBreaker(
            requestVolumeThreshold = 20,
            failureRatio = 0.5,
            delay = RETRY_AFTER_SECONDS * 1000L,
            successThreshold = 2,
            failOn = UpstreamFailure.class)
    @Bulkhead(200)
    public Answer barcodes(Supplier<Answer> forward) {
        return forward.get();
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, jitter = 25, retryOn = UpstreamFailure.Retryable.class)
    @CircuitBreaker(
            requestVolumeThreshold = 20,
            failureRatio = 0.5,
            delay = RETRY_AFTER_SECONDS * 1000L,
            successThreshold = 2,
            failOn = UpstreamFailure.class)
    @Bulkhead(200)
    public Answer storage(Supplier<Answer> forward) {
        return forward.get();
    }

    /** Routes added by configuration alone share this policy until they get a method of their own. */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 50, jitter = 25, retryOn = UpstreamFailure.Retryable.class)
    @CircuitBreaker(
            requestVolumeThreshold = 20,
            failureRatio = 0.5,
            delay = RETRY_AFTER_SECONDS * 1000L,
            successThreshold = 2,
            failOn = UpstreamFailure.class)
    @Bulkhead(200)
    public Answer other(Supplier<Answer> forward) {
        return forward.get();
    }
}
