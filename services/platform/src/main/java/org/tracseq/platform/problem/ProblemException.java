package org.tracseq.platform.problem;

import java.util.List;
import java.util.OptionalInt;

/**
 * A refusal that becomes a problem+json response. Plain Java so domain code can throw it without
 * depending on JAX-RS; {@code ProblemExceptionMapper} turns it into the response.
 */
public class ProblemException extends RuntimeException {
    public static final String TYPE_BASE = "https://tracseq.org/problems/";

    private final int status;
    private final String title;
    private final String type;
    private final String rule;
    private final List<FieldError> errors;
    private final Integer retryAfterSeconds;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null, List.of());
    }

    protected ProblemException(
            int status, String slug, String title, String detail, String rule, List<FieldError> errors) {
        this(status, slug, title, detail, rule, errors, null);
    }

    private ProblemException(
            int status,
            String slug,
            String title,
            String detail,
            String rule,
            List<FieldError> errors,
            Integer retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
        this.status = status;
        this.type = TYPE_BASE + slug;
        this.title = title;
        this.rule = rule;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " '" + id + "' does not exist");
    }

    /** No valid credentials; the response carries the {@code WWW-Authenticate} challenge. */
    public static ProblemException unauthenticated(String detail) {
        return new ProblemException(401, "unauthenticated", "Unauthenticated", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    /** The caller sent too many requests; the response tells it when to try again. */
    public static ProblemException tooManyRequests(String detail, int retryAfterSeconds) {
        return new ProblemException(
                429, "too-many-requests", "Too many requests", detail, null, List.of(), retryAfterSeconds);
    }

    /** A service this request needs is unavailable; the response tells the caller when to retry. */
    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(
                503, "service-unavailable", "Service unavailable", detail, null, List.of(), retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String type() {
        return type;
    }

    public String rule() {
        return rule;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Seconds after which a retry may succeed, sent as {@code Retry-After}. */
    public OptionalInt retryAfterSeconds() {
        return retryAfterSeconds == null ? OptionalInt.empty() : OptionalInt.of(retryAfterSeconds);
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, rule, errors);
    }
}
