package org.tracseq.client;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;
import org.tracseq.client.invoker.ApiException;
import org.tracseq.client.model.FieldError;
import org.tracseq.client.model.Problem;

/**
 * A refusal from TracSeq: an {@code application/problem+json} answer (RFC 9457). {@link #rule()}
 * names the DOMAIN.md rule the request broke (e.g. {@code ST-3}), {@link #errors()} the fields that
 * were wrong. Every other failure is the generated {@link ApiException} this extends.
 */
public class ProblemException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem, int status, HttpHeaders headers, String body) {
        super(status, message(problem, status), headers, body);
        this.problem = problem;
    }

    private static String message(Problem problem, int status) {
        StringBuilder message = new StringBuilder().append(status);
        Optional.ofNullable(problem.getRule())
                .ifPresent(rule -> message.append(" [").append(rule).append(']'));
        Optional.ofNullable(problem.getTitle())
                .ifPresent(title -> message.append(' ').append(title));
        Optional.ofNullable(problem.getDetail())
                .ifPresent(detail -> message.append(": ").append(detail));
        return message.toString();
    }

    /** The HTTP status of the answer. */
    public int status() {
        return getCode();
    }

    /** The DOMAIN.md rule the request broke, or null when the refusal names none. */
    public String rule() {
        return problem.getRule();
    }

    /** The wrong fields of the request, empty when the refusal is not about fields. */
    public List<FieldError> errors() {
        return problem.getErrors() == null ? List.of() : problem.getErrors();
    }

    /** The whole problem: type, title, detail and instance besides the above. */
    public Problem problem() {
        return problem;
    }
}
