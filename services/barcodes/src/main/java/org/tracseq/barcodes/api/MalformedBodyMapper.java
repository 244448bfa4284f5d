package org.tracseq.barcodes.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tracseq.platform.problem.Problem;
import org.tracseq.platform.problem.ProblemException;

/**
 * A request body JSON-B cannot read (not JSON, an array for an object, text for a number). Liberty's
 * JAX-RS hands the {@link JsonbException} over unwrapped, so the platform's ProcessingException
 * mapper never sees it and it would end as a 500. Belongs in the platform; see the service README.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<JsonbException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonbException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = "The request body could not be read as JSON of the expected shape: " + root.getMessage();
        Problem problem = new Problem(ProblemException.TYPE_BASE + "malformed-json", "Malformed request body", 400,
                detail, uriInfo.getRequestUri().getRawPath(), null, null);
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
