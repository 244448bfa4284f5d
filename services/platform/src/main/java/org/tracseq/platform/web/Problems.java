package org.tracseq.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import org.tracseq.platform.json.JsonbContextResolver;
import org.tracseq.platform.problem.Problem;
import org.tracseq.platform.problem.ProblemException;

/** Builds problem+json responses; the one place the media type and instance are set. */
public final class Problems {
    static final String BEARER_CHALLENGE = "Bearer realm=\"tracseq\"";

    private Problems() {}

    static Response response(Problem problem) {
        return Response.status(problem.getStatus())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    static Response response(ProblemException e, String instance) {
        Response.ResponseBuilder response = Response.fromResponse(response(e.toProblem(instance)));
        e.retryAfterSeconds().ifPresent(seconds -> response.header("Retry-After", seconds));
        if (e.status() == 401) {
            // HTTP requires the challenge on every 401.
            response.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        }
        return response.build();
    }

    /**
     * Answers with the problem the exception mappers would give for {@code error}, for code that
     * answers without JAX-RS (the gateway's proxy filter).
     *
     * @param instance the request's raw path
     */
    public static void write(Throwable error, String instance, HttpServletResponse out) throws IOException {
        write(UnexpectedExceptionMapper.problemFor(error, instance), out);
    }

    /** Writes a problem response built for JAX-RS onto a servlet response. */
    static void write(Response problem, HttpServletResponse out) throws IOException {
        out.setStatus(problem.getStatus());
        problem.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(value -> out.addHeader(name, value));
            }
        });
        out.setContentType(Problem.MEDIA_TYPE);
        JsonbContextResolver.jsonb().toJson(problem.getEntity(), out.getOutputStream());
    }

    static void write(Problem problem, HttpServletResponse out) throws IOException {
        write(response(problem), out);
    }

    static String instance(UriInfo uriInfo) {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }
}
