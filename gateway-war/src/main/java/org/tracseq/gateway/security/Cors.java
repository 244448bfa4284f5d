package org.tracseq.gateway.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.web.Problems;

/**
 * Cross-origin access for browser front ends, from configuration only. A preflight is answered here,
 * before any token check (browsers send it without credentials); an actual request from an allowed
 * origin gets the matching headers on its response. With no allowed origins (the default) no
 * CORS header is ever sent ({@link CorsPolicy}).
 * A servlet filter in front of everything the gateway serves, its proxy filter and its JAX-RS
 * resources alike; declared in web.xml, before the proxy filter.
 */
public class Cors extends HttpFilter {
    private static final String ORIGIN = "Origin";
    private static final String REQUEST_METHOD = "Access-Control-Request-Method";
    private static final String REQUEST_HEADERS = "Access-Control-Request-Headers";

    /** Dependent: made with the filter, when the application starts. */
    @Inject
    CorsPolicy policy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader(ORIGIN);
        if (origin == null) {
            chain.doFilter(request, response);
            return;
        }
        String method = request.getHeader(REQUEST_METHOD);
        boolean preflight = HttpMethod.OPTIONS.equals(request.getMethod()) && method != null;
        if (preflight
                && (!policy.isAllowed(origin)
                        || !policy.isAllowedMethod(method)
                        || !policy.headersAllowed(request.getHeader(REQUEST_HEADERS)))) {
            Problems.write(
                    ProblemException.forbidden("Cross-origin request refused: origin " + origin + ", method " + method
                            + " and its headers must be allowed by the gateway's tracseq.cors.* settings"),
                    request.getRequestURI(),
                    response);
            return;
        }
        if (policy.isAllowed(origin)) {
            // Set before the answer is written: they do not depend on it.
            response.setHeader("Access-Control-Allow-Origin", policy.anyOrigin() ? "*" : origin);
            if (!policy.anyOrigin()) {
                response.addHeader("Vary", ORIGIN);
            }
            if (policy.allowCredentials()) {
                response.setHeader("Access-Control-Allow-Credentials", "true");
            }
            response.setHeader("Access-Control-Expose-Headers", policy.exposeHeadersValue());
        }
        if (preflight) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            response.setHeader("Access-Control-Allow-Methods", policy.allowMethodsValue());
            response.setHeader("Access-Control-Allow-Headers", policy.allowHeadersValue());
            response.setHeader("Access-Control-Max-Age", policy.maxAgeValue());
            return;
        }
        chain.doFilter(request, response);
    }
}
