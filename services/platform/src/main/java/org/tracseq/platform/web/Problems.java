package org.tracseq.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.tracseq.platform.problem.Problem;
import org.tracseq.platform.problem.ProblemException;

/** Builds problem+json responses; the one place the media type and instance are set. */
final class Problems {
    private Problems() {
    }

    static Response response(Problem problem) {
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static Response response(ProblemException e, String instance) {
        Response response = response(e.toProblem(instance));
        return e.retryAfterSeconds().isEmpty() ? response
                : Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds().getAsInt()).build();
    }

    static String instance(UriInfo uriInfo) {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }
}
