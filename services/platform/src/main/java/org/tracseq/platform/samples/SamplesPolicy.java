package org.tracseq.platform.samples;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.tracseq.platform.client.RemoteServiceFailure;

/**
 * The one fault-tolerance policy for the samples service, declared once, at class level: every
 * operation of {@link SampleDirectory} runs through {@link #call}, so all of them share one timeout
 * per attempt, one retry policy and one circuit breaker (the samples service is down for all of
 * them at once). Transient failures ({@link RemoteServiceFailure}: unreachable, 5xx, 429; a
 * timeout) are retried and count against the breaker; a refusal (4xx) passes through untouched.
 * When samples still cannot answer, the caller sees the failure, a {@code TimeoutException} or a
 * {@code CircuitBreakerOpenException} ({@link SampleDirectory} answers them with a 503).
 *
 * <p>Every value is overridable through MP Config with MP Fault Tolerance's class-level keys, e.g.
 * {@code org.tracseq.platform.samples.SamplesPolicy/Retry/maxRetries=5}.
 */
@ApplicationScoped
@Timeout(3000)
@Retry(
        maxRetries = 2,
        delay = 100,
        jitter = 50,
        retryOn = {RemoteServiceFailure.class, TimeoutException.class})
@CircuitBreaker(
        requestVolumeThreshold = 10,
        failureRatio = 0.5,
        delay = 10_000,
        successThreshold = 2,
        failOn = {RemoteServiceFailure.class, TimeoutException.class})
public class SamplesPolicy {
    /** Runs one operation against the samples service under the policy. */
    public <T> T call(Supplier<T> operation) {
        return operation.get();
    }
}
