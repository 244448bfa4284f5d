package org.tracseq.auth.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tracseq.auth.service.AuthenticationFailed;
import org.tracseq.platform.problem.Problem;

/** A 401 problem with the {@code WWW-Authenticate} challenge HTTP requires of every 401. */
@Provider
public class AuthenticationFailedMapper implements ExceptionMapper<AuthenticationFailed> {
    static final String CHALLENGE = "Bearer realm=\"tracseq\"";

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(AuthenticationFailed e) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.toProblem(instance))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }
}
