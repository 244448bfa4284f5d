package org.tracseq.libraryprep.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.tracseq.platform.client.RemoteServiceFailure;

/**
 * The one fault-tolerance policy for the samples service, declared once, at class level: every call
 * of {@link SampleDirectory} runs through {@link #call}, sharing one timeout per attempt, one retry
 * policy and one circuit breaker. Transient failures (unreachable, 5xx, 429, a timeout) are retried
 * and count against the breaker; a refusal (4xx) passes through. Retrying a derived child is safe: it
 * carries an idempotency key, so samples makes it once. Values are overridable with MP Fault
 * Tolerance's class-level keys, e.g. {@code org.tracseq.libraryprep.client.SamplesPolicy/Retry/maxRetries=5}.
 */
@ApplicationScoped
@Timeout(6000)
@Retry(
        maxRetries = 2,
        delay = 100,
        jitter = 50,
        retryOn = {RemoteServiceFailure.class, TimeoutException.class})
@CircuitBreaker(
        requestVolumeThreshold = 20,
        failureRatio = 0.5,
        delay = 10_000,
        successThreshold = 2,
        failOn = {RemoteServiceFailure.class, TimeoutException.class})
public class SamplesPolicy {
    /** Runs one call to the samples service under the policy. */
    public <T> T call(Supplier<T> operation) {
        return operation.get();
    }
}
