package org.tracseq.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.tracseq.platform.problem.Problem;

/**
 * A JSON answer that is not a problem goes out as {@code application/json}. The generated
 * interfaces produce both media types their operations declare, problem+json first, so a caller
 * that accepts anything (no {@code Accept}, or {@code *}{@code /*}) was sent a sample or a barcode
 * batch labelled {@code application/problem+json}.
 */
@Provider
public class ProblemMediaTypeOnlyForProblems implements ContainerResponseFilter {
    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.hasEntity()
                && !(response.getEntity() instanceof Problem)
                && PROBLEM.isCompatible(response.getMediaType())) {
            response.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
