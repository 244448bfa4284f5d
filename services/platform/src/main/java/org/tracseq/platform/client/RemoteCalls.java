package org.tracseq.platform.client;

import jakarta.ws.rs.ProcessingException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.tracseq.platform.problem.ProblemException;

/**
 * How a client bean turns another service's failures into what its own caller sees, written once
 * for every client ({@code SampleDirectory}, sequencing's {@code QaqcDirectory}, …). Each
 * client keeps its own fault-tolerance policy bean; this only maps: a transient answer (5xx, 429)
 * or no answer at all becomes a {@link RemoteServiceFailure} the policy retries and counts, 401 and
 * 403 are passed on as they are, any other refusal is the client's to word, and a policy that
 * gives up becomes 503 with {@code Retry-After}.
 */
public final class RemoteCalls {
    private RemoteCalls() {}

    /**
     * Runs {@code operation} under the service's fault-tolerance {@code policy} (its
     * {@code call} method). When the service still cannot answer (unreachable, 5xx, 429 or
     * timeouts after the retries, or the breaker open) the caller gets 503 with
     * {@code Retry-After} and {@code unavailable} as the detail: clients are called before
     * anything is written, so say that nothing was.
     */
    public static <T> T underPolicy(
            Function<Supplier<T>, T> policy, Supplier<T> operation, String unavailable, int retryAfterSeconds) {
        try {
            return policy.apply(operation);
        } catch (RemoteServiceFailure | TimeoutException | CircuitBreakerOpenException e) {
            throw ProblemException.unavailable(unavailable, retryAfterSeconds);
        }
    }

    /**
     * One call to {@code service} (named as in its contract). Transient answers and unreachable
     * services become {@link RemoteServiceFailure}; 401 and 403 are passed on with the service's
     * detail (the caller's own token was refused there); any other refusal becomes what
     * {@code refusal} makes of it.
     */
    public static <T> T invoke(
            String service, Supplier<T> call, Function<RemoteProblemException, RuntimeException> refusal) {
        try {
            return call.get();
        } catch (RemoteProblemException e) {
            if (e.isTransient()) {
                throw new RemoteServiceFailure(service, "The " + service + " service answered " + e.status(), e);
            }
            if (e.status() == 401 || e.status() == 403) {
                throw new ProblemException(
                        e.status(),
                        e.status() == 401 ? "unauthenticated" : "forbidden",
                        e.status() == 401 ? "Unauthenticated" : "Forbidden",
                        "The " + service + " service refused this request: " + detail(e));
            }
            throw refusal.apply(e);
        } catch (ProcessingException e) {
            throw new RemoteServiceFailure(service, "The " + service + " service cannot be reached", e);
        }
    }

    /** The other service's own detail of a refusal, or the status when it gave none. */
    public static String detail(RemoteProblemException e) {
        return e.problem() == null || e.problem().getDetail() == null
                ? e.getMessage()
                : e.problem().getDetail();
    }
}
