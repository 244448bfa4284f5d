package org.tracseq.platform.web;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tracseq.platform.problem.Problem;
import org.tracseq.platform.problem.ProblemException;

/**
 * A body that is not JSON, has the wrong shape, or carries an unknown enum value: the JSON-B
 * provider fails while reading it and the request never reaches the resource. Other processing
 * failures (an outgoing client call that broke, say) are not the client's fault and go on to
 * {@link UnexpectedExceptionMapper}.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ProcessingException e) {
        String instance = Problems.instance(uriInfo);
        if (!causedByJson(e)) {
            return UnexpectedExceptionMapper.problemFor(e, instance);
        }
        return Problems.response(new Problem(ProblemException.TYPE_BASE + "malformed-json", "Malformed request body",
                400, "The request body could not be read: " + JsonErrors.rootMessage(e), instance, null, null));
    }

    private static boolean causedByJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}
