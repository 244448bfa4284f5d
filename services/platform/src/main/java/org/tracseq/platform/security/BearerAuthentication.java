package org.tracseq.platform.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tracseq.platform.problem.ProblemException;

/**
 * Guards every JAX-RS endpoint of a service as its {@link Guard} says: an open method is served to
 * anyone; any other needs a valid bearer token (401 otherwise) and one of its roles among the
 * token's groups (403 otherwise). Both answers are problem+json like every
 * other error, which Liberty's {@code mpJwt} cannot give (docs/security.md).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter, ContainerResponseFilter {

    @Context
    ResourceInfo resourceInfo;

    @Inject
    Authenticator authenticator;

    /** Annotations do not change at run time: each endpoint's guard is read once, not per request. */
    private final Map<Endpoint, Guard> guards = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> resource = resourceInfo.getResourceClass();
        if (method == null || resource == null) {
            return;
        }
        Guard guard = guards.computeIfAbsent(new Endpoint(resource, method), Endpoint::guard);
        if (guard.open()) {
            return;
        }
        VerifiedToken token = authenticator.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        request.setSecurityContext(
                new TokenSecurityContext(token, request.getSecurityContext().isSecure()));
        CurrentToken.bind(token);
        if (!guard.admits(token)) {
            throw ProblemException.forbidden("This needs the role " + String.join(" or ", guard.roles())
                    + " or a higher one; " + token.upn() + " is "
                    + token.role().map(Role::wireValue).orElse("without a TracSeq role"));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        CurrentToken.clear();
    }

    /** A resource method as JAX-RS matched it (possibly the generated interface's) on its resource class. */
    private record Endpoint(Class<?> resource, Method method) {
        /** From the resource class's own method: annotations live there, not on the generated interface. */
        Guard guard() {
            try {
                return Guard.of(resource.getMethod(method.getName(), method.getParameterTypes()));
            } catch (NoSuchMethodException e) {
                return Guard.of(method);
            }
        }
    }

    /** The request's security context once its token verified: the token is the principal. */
    private record TokenSecurityContext(VerifiedToken token, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return token;
        }

        @Override
        public boolean isUserInRole(String role) {
            return token.hasGroup(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
