package org.tracseq.platform.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tracseq.platform.problem.Problem;
import org.tracseq.platform.problem.ProblemException;

/**
 * Everything else. Transaction and persistence layers wrap the real cause, so the chain is searched
 * for a refusal (ours or a database constraint) before giving up with a 500 that reveals nothing
 * internal but the request id to quote.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable e) {
        return problemFor(e, Problems.instance(uriInfo));
    }

    static Response problemFor(Throwable e, String instance) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException problem) {
                return Problems.response(problem, instance);
            }
            if (t instanceof WebApplicationException web) {
                return WebApplicationExceptionMapper.problemFor(web, instance);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                Response mapped = fromSqlState(sql, instance);
                if (mapped != null) {
                    return mapped;
                }
            }
        }
        String requestId = RequestIds.current().orElse("unknown");
        LOG.log(Level.SEVERE, "Unhandled error [rid=" + requestId + "] at " + instance, e);
        return Problems.response(new Problem(
                ProblemException.TYPE_BASE + "internal",
                "Internal error",
                500,
                "The server failed to handle this request; quote request id " + requestId,
                instance,
                null,
                null));
    }

    private static Response fromSqlState(SQLException sql, String instance) {
        if (sql.getSQLState().startsWith("22")) {
            // Data exceptions (a number or text too large for its column, an impossible date): the
            // request's values, which the strict reading did not foresee; still the client's to fix.
            return Problems.response(ProblemException.badRequest(
                            "A value in the request is out of the range it can be stored in; check sizes and dates")
                    .toProblem(instance));
        }
        return switch (sql.getSQLState()) {
            case "23505" ->
                Problems.response(ProblemException.conflict("A record with the same unique value already exists")
                        .toProblem(instance));
            case "23503" ->
                Problems.response(ProblemException.conflict(
                                "The request refers to a record that does not exist or is still referenced")
                        .toProblem(instance));
            case "40001", "40P01" ->
                Problems.response(new Problem(
                        ProblemException.TYPE_BASE + "busy",
                        "Concurrent update",
                        503,
                        "Another request changed the same data; retry",
                        instance,
                        null,
                        null));
            default -> null;
        };
    }
}
