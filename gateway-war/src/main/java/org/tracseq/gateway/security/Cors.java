package org.tracseq.gateway.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.web.Problems;

/**
 * Cross-origin access for browser front ends, from configuration only. A preflight is answered here,
 * before any token check (browsers send it without credentials); an actual request from an allowed
 * origin gets the matching headers on its response. With no allowed origins (the default) no
 * CORS header is ever sent. {@code *} is refused together with credentials: a server that
 * reflected any origin with credentials would let every web site act as a signed-in user.
 * A servlet filter in front of everything the gateway serves, its proxy filter and its JAX-RS
 * resources alike; declared in web.xml, before the proxy filter.
 */
public class Cors extends HttpFilter {
    private static final String ORIGIN = "Origin";
    private static final String REQUEST_METHOD = "Access-Control-Request-Method";
    private static final String REQUEST_HEADERS = "Access-Control-Request-Headers";

    @Inject
    @ConfigProperty(name = "tracseq.cors.allowed-origins", defaultValue = " ")
    String allowedOriginsSetting;

    @Inject
    @ConfigProperty(name = "tracseq.cors.allowed-methods", defaultValue = "GET,HEAD,POST,PUT,PATCH,DELETE")
    List<String> allowedMethods;

    @Inject
    @ConfigProperty(
            name = "tracseq.cors.allowed-headers",
            defaultValue = "Authorization,Content-Type,Accept,Idempotency-Key,X-Request-Id,If-Match")
    List<String> allowedHeaders;

    @Inject
    @ConfigProperty(
            name = "tracseq.cors.exposed-headers",
            defaultValue = "Location,Retry-After,X-Request-Id,ETag,RateLimit-Limit,RateLimit-Remaining,RateLimit-Reset")
    List<String> exposedHeaders;

    @Inject
    @ConfigProperty(name = "tracseq.cors.allow-credentials", defaultValue = "false")
    boolean allowCredentials;

    @Inject
    @ConfigProperty(name = "tracseq.cors.max-age-seconds", defaultValue = "600")
    int maxAgeSeconds;

    private Set<String> origins;
    private Set<String> headers;
    private boolean anyOrigin;
    /** The answer headers' values, joined once rather than on every cross-origin request. */
    private String allowMethodsValue;

    private String allowHeadersValue;
    private String exposeHeadersValue;
    private String maxAgeValue;

    @Override
    public void init() {
        origins = Arrays.stream(allowedOriginsSetting.split(","))
                .map(String::trim)
                .filter(o -> !o.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        anyOrigin = origins.contains("*");
        if (anyOrigin && allowCredentials) {
            throw new IllegalStateException("tracseq.cors.allowed-origins=* cannot be combined with "
                    + "tracseq.cors.allow-credentials=true; list the origins instead");
        }
        headers = allowedHeaders.stream()
                .map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        allowMethodsValue = String.join(", ", allowedMethods);
        allowHeadersValue = String.join(", ", allowedHeaders);
        exposeHeadersValue = String.join(", ", exposedHeaders);
        maxAgeValue = Integer.toString(maxAgeSeconds);
    }

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
        if (preflight && (!isAllowed(origin) || !allowedMethods.contains(method) || !headersAllowed(request))) {
            Problems.write(
                    ProblemException.forbidden("Cross-origin request refused: origin " + origin + ", method " + method
                            + " and its headers must be allowed by the gateway's tracseq.cors.* settings"),
                    request.getRequestURI(),
                    response);
            return;
        }
        if (isAllowed(origin)) {
            // Set before the answer is written: they do not depend on it.
            response.setHeader("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
            if (!anyOrigin) {
                response.addHeader("Vary", ORIGIN);
            }
            if (allowCredentials) {
                response.setHeader("Access-Control-Allow-Credentials", "true");
            }
            response.setHeader("Access-Control-Expose-Headers", exposeHeadersValue);
        }
        if (preflight) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            response.setHeader("Access-Control-Allow-Methods", allowMethodsValue);
            response.setHeader("Access-Control-Allow-Headers", allowHeadersValue);
            response.setHeader("Access-Control-Max-Age", maxAgeValue);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isAllowed(String origin) {
        return anyOrigin || origins.contains(origin);
    }

    private boolean headersAllowed(HttpServletRequest request) {
        String requested = request.getHeader(REQUEST_HEADERS);
        return requested == null
                || Arrays.stream(requested.split(","))
                        .map(h -> h.trim().toLowerCase(Locale.ROOT))
                        .filter(h -> !h.isEmpty())
                        .allMatch(headers::contains);
    }
}
