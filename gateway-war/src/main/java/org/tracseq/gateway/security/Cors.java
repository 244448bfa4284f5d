package org.tracseq.gateway.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tracseq.platform.problem.ProblemException;

/**
 * Cross-origin access for browser front ends, from configuration only. A preflight is answered here,
 * before any token check (browsers send it without credentials); an actual request from an allowed
 * origin gets the matching headers on its response. With no allowed origins (the default) no
 * CORS header is ever sent. {@code *} is refused together with credentials: a server that
 * reflected any origin with credentials would let every web site act as a signed-in user.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class Cors implements ContainerRequestFilter, ContainerResponseFilter {
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
    @ConfigProperty(name = "tracseq.cors.allowed-headers",
            defaultValue = "Authorization,Content-Type,Accept,Idempotency-Key,X-Request-Id,If-Match")
    List<String> allowedHeaders;

    @Inject
    @ConfigProperty(name = "tracseq.cors.exposed-headers",
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

    @PostConstruct
    void check() {
        origins = Arrays.stream(allowedOriginsSetting.split(",")).map(String::trim).filter(o -> !o.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        anyOrigin = origins.contains("*");
        if (anyOrigin && allowCredentials) {
            throw new IllegalStateException("tracseq.cors.allowed-origins=* cannot be combined with "
                    + "tracseq.cors.allow-credentials=true; list the origins instead");
        }
        headers = allowedHeaders.stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString(ORIGIN);
        if (origin == null || !HttpMethod.OPTIONS.equals(request.getMethod())
                || request.getHeaderString(REQUEST_METHOD) == null) {
            return; // not a preflight
        }
        String method = request.getHeaderString(REQUEST_METHOD);
        if (!isAllowed(origin) || !allowedMethods.contains(method) || !headersAllowed(request)) {
            throw ProblemException.forbidden("Cross-origin request refused: origin " + origin + ", method " + method
                    + " and its headers must be allowed by the gateway's tracseq.cors.* settings");
        }
        Response.ResponseBuilder answer = Response.noContent()
                .header("Access-Control-Allow-Methods", String.join(", ", allowedMethods))
                .header("Access-Control-Allow-Headers", String.join(", ", allowedHeaders))
                .header("Access-Control-Max-Age", maxAgeSeconds);
        request.abortWith(answer.build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString(ORIGIN);
        if (origin == null || !isAllowed(origin)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
        if (!anyOrigin) {
            headers.add("Vary", ORIGIN);
        }
        if (allowCredentials) {
            headers.putSingle("Access-Control-Allow-Credentials", "true");
        }
        headers.putSingle("Access-Control-Expose-Headers", String.join(", ", exposedHeaders));
    }

    private boolean isAllowed(String origin) {
        return anyOrigin || origins.contains(origin);
    }

    private boolean headersAllowed(ContainerRequestContext request) {
        String requested = request.getHeaderString(REQUEST_HEADERS);
        return requested == null || Arrays.stream(requested.split(",")).map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).allMatch(headers::contains);
    }
}
