package org.tracseq.platform.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.tracseq.platform.problem.Problem;
import org.tracseq.platform.problem.ProblemException;

/** Builds problem+json responses; the one place the media type and instance are set. */
final class Problems {
    static final String BEARER_CHALLENGE = "Bearer realm=\"tracseq\"";

    private Problems() {
    }

    static Response response(Problem problem) {
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem).build();
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

    static String instance(UriInfo uriInfo) {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }
}
