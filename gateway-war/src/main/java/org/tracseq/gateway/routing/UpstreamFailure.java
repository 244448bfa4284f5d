package org.tracseq.gateway.routing;

import java.util.Optional;

/**
 * An instance could not serve a forwarded call: it could not be reached, did not answer in time, or
 * answered 502, 503 or 504. Thrown so the fault-tolerance policy counts it; the gateway then
 * answers with the service's own error response when there is one, or a 503 problem when there is
 * none. (A 500 is not one: the instance answered, and the request, not the instance, is at fault.)
 */
public class UpstreamFailure extends RuntimeException {
    private final transient Answer answer;

    public UpstreamFailure(String message, Answer answer, Throwable cause) {
        super(message, cause);
        this.answer = answer;
    }

    /** The service's buffered error response, absent when it could not be reached at all. */
    public Optional<Answer> answer() {
        return Optional.ofNullable(answer);
    }

    /** A failure of an idempotent request, safe to try again. */
    public static class Retryable extends UpstreamFailure {
        public Retryable(String message, Answer answer, Throwable cause) {
            super(message, answer, cause);
        }
    }

    /** The route has no instance at all (none configured, none registered): answered at once. */
    public static class NoInstance extends UpstreamFailure {
        public NoInstance(String route) {
            super(route + " has no instance", null, null);
        }
    }
}
