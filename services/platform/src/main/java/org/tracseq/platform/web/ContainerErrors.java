package org.tracseq.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.tracseq.platform.problem.Problem;
import org.tracseq.platform.problem.ProblemException;

/**
 * The error page of every TracSeq application (META-INF/web-fragment.xml): what the servlet
 * container refuses itself, before JAX-RS or the gateway's filters see the request (an encoded
 * slash, a bad percent-escape, U+0000 in the path), is answered as problem+json like every other
 * refusal instead of the container's HTML page.
 */
@WebServlet(name = "ContainerErrors", urlPatterns = ContainerErrors.PATH)
public class ContainerErrors extends HttpServlet {
    static final String PATH = "/tracseq-container-error";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = uri == null ? request.getRequestURI() : uri.toString();
        if (error instanceof Throwable thrown && !isUnreadableUri(thrown)) {
            Problems.write(thrown, instance, response);
            return;
        }
        int code = error != null ? 400 : status instanceof Integer given ? given : 404;
        response.resetBuffer();
        Problems.write(problem(code, instance), response);
    }

    /** Liberty refuses an encoded slash in the path by throwing (CWWWC0005I) where the filters would start. */
    private static boolean isUnreadableUri(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException
                    && String.valueOf(t.getMessage()).startsWith("CWWWC0005I")) {
                return true;
            }
        }
        return false;
    }

    static Problem problem(int status, String instance) {
        String detail = switch (status) {
            case 400 ->
                "The request cannot be read: its path must not hold an encoded slash (%2F), U+0000 or"
                        + " a malformed percent-escape";
            case 404 -> "No resource at " + instance;
            case 405 -> "This resource does not take that method";
            case 413 -> "The request body is too large";
            case 414, 431 -> "The request's URL or headers are too large";
            case 415 -> "This endpoint does not accept that Content-Type; send application/json";
            default ->
                status >= 500
                        ? "The server failed to handle this request; quote request id "
                                + RequestIds.current().orElse("unknown")
                        : "The request was refused";
        };
        return new Problem(
                ProblemException.TYPE_BASE + "http-" + status, reason(status), status, detail, instance, null, null);
    }

    private static String reason(int status) {
        var known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
