package org.tracseq.platform.client;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.tracseq.platform.problem.Problem;

/** Any error response from a TracSeq service becomes a {@link RemoteProblemException}. */
@Priority(1)
public class ProblemResponseMapper implements ResponseExceptionMapper<RemoteProblemException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public RemoteProblemException toThrowable(Response response) {
        Problem problem = null;
        MediaType type = response.getMediaType();
        if (response.hasEntity() && type != null && type.getSubtype().endsWith("json")) {
            try {
                problem = response.readEntity(Problem.class);
            } catch (RuntimeException unreadable) {
                problem = null;
            }
        }
        return new RemoteProblemException(response.getStatus(), problem);
    }
}
