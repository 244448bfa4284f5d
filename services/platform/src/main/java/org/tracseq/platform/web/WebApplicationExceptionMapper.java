package org.tracseq.platform.web;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tracseq.platform.problem.Problem;
import org.tracseq.platform.problem.ProblemException;

/**
 * JAX-RS's own refusals (unknown path, wrong method, wrong content type, unconvertible parameter)
 * as problem+json. A parameter that cannot be converted is the client's mistake: 400, not the 404
 * the JAX-RS specification prescribes for query and path parameters.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        return problemFor(e, Problems.instance(uriInfo));
    }

    static Response problemFor(WebApplicationException e, String instance) {
        Response original = e.getResponse();
        int status = original.getStatus();
        String slug;
        String detail;
        if (e instanceof NotFoundException && e.getCause() != null) {
            status = 400;
            slug = "invalid-parameter";
            detail = "A parameter has an invalid value: "
                    + JsonErrors.rootMessage(e.getCause(), "check the path and query parameters against the contract");
        } else if (e instanceof NotFoundException) {
            slug = "not-found";
            detail = "No resource at " + instance;
        } else if (e instanceof NotAllowedException) {
            slug = "method-not-allowed";
            detail = "Allowed methods: " + original.getAllowedMethods();
        } else if (e instanceof NotSupportedException) {
            slug = "unsupported-media-type";
            detail = "This endpoint does not accept that Content-Type; send application/json";
        } else {
            slug = "http-" + status;
            detail = e.getMessage();
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        Problem problem = new Problem(ProblemException.TYPE_BASE + slug, title, status, detail, instance, null, null);
        Response.ResponseBuilder response = Response.fromResponse(Problems.response(problem));
        if (e instanceof NotAllowedException) {
            response.allow(original.getAllowedMethods());
        }
        return response.build();
    }
}
