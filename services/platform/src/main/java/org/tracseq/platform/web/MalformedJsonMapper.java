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
 * provider fails while reading it and the request never reaches the resource. Liberty throws the
 * {@link JsonbException} itself; a {@link ProcessingException} counts only when JSON caused it
 * (an outgoing client call that broke is not the client's fault and goes on to
 * {@link UnexpectedExceptionMapper}).
 */
public final class MalformedJsonMapper {
    private MalformedJsonMapper() {}

    static Response problem(Throwable e, String instance) {
        return Problems.response(new Problem(
                ProblemException.TYPE_BASE + "malformed-json",
                "Malformed request body",
                400,
                "The request body could not be read: "
                        + JsonErrors.rootMessage(e, "it does not have the shape this operation takes"),
                instance,
                null,
                null));
    }

    @Provider
    public static class Jsonb implements ExceptionMapper<JsonbException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(JsonbException e) {
            return problem(e, Problems.instance(uriInfo));
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ProcessingException e) {
            String instance = Problems.instance(uriInfo);
            return causedByJson(e) ? problem(e, instance) : UnexpectedExceptionMapper.problemFor(e, instance);
        }
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
