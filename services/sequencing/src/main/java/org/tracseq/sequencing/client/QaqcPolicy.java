package org.tracseq.sequencing.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.tracseq.platform.client.RemoteServiceFailure;

/**
 * The one fault-tolerance policy for the qaqc service, declared once at class level (the shape of
 * the platform's {@code SamplesPolicy}): a timeout per attempt, retries of transient failures
 * (unreachable, 5xx, 429, timeouts), one breaker; a refusal (4xx) passes through. Overridable with
 * MP Fault Tolerance's keys, e.g. {@code org.tracseq.sequencing.client.QaqcPolicy/Retry/maxRetries=5}.
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
public class QaqcPolicy {
    /** Runs one operation against the qaqc service under the policy. */
    public <T> T call(Supplier<T> operation) {
        return operation.get();
    }
}
