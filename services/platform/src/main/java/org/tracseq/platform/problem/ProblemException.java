package org.tracseq.platform.problem;

import java.util.List;

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

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null, List.of());
    }

    protected ProblemException(int status, String slug, String title, String detail, String rule,
                               List<FieldError> errors) {
        super(detail);
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

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    /** A downstream service this request needs is unavailable; the caller may retry later. */
    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, "service-unavailable", "Service unavailable", detail);
    }

    public int status() { return status; }
    public String title() { return title; }
    public String type() { return type; }
    public String rule() { return rule; }
    public List<FieldError> errors() { return errors; }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, rule, errors);
    }
}
