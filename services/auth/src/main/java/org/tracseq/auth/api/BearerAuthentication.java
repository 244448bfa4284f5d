package org.tracseq.auth.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.Locale;
import org.tracseq.auth.service.AuthenticationFailed;
import org.tracseq.auth.service.Caller;
import org.tracseq.auth.service.ServicePrincipalService;
import org.tracseq.auth.service.SessionService;
import org.tracseq.auth.service.TokenIssuer;
import org.tracseq.auth.token.InvalidTokenException;
import org.tracseq.auth.token.VerifiedToken;
import org.tracseq.platform.problem.ProblemException;

/**
 * Guards every endpoint of this service. A resource method marked {@link PermitAll} is open; any
 * other needs a valid bearer token (401 otherwise) and, when marked {@link RolesAllowed}, one of
 * those roles among the token's groups (403 otherwise). Unmarked means "any signed-in principal",
 * so a forgotten annotation never opens an endpoint.
 * <p>
 * The auth service verifies tokens itself rather than through Liberty's mpJwt: it holds the keys
 * (no call to its own JWKS URL, which differs between deployment modes), it answers 401/403 as
 * problem+json like every other error, and it can refuse at once a token whose session was
 * revoked or whose user or service principal was disabled.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthentication implements ContainerRequestFilter {
    private static final String BEARER = "bearer ";
    /** Real tokens are about 1 kB; anything far larger is refused unread. */
    private static final int MAX_TOKEN_LENGTH = 8192;

    @Context
    ResourceInfo resourceInfo;

    @Inject
    TokenIssuer tokens;

    @Inject
    SessionService sessions;

    @Inject
    ServicePrincipalService principals;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = implementation();
        if (method == null || isOpen(method)) {
            return;
        }
        Caller caller = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        request.setSecurityContext(new CallerContext(caller, request.getSecurityContext().isSecure()));
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        if (roles != null && Arrays.stream(roles.value()).noneMatch(caller::hasGroup)) {
            throw new ProblemException(403, "forbidden", "Forbidden", "This needs the role "
                    + String.join(" or ", roles.value()) + " or a higher one; " + caller.upn() + " is "
                    + caller.role().wireValue());
        }
    }

    private Caller authenticate(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw new AuthenticationFailed("This needs an access token: Authorization: Bearer <token> (POST /login)");
        }
        String jwt = authorization.substring(BEARER.length()).trim();
        if (jwt.length() > MAX_TOKEN_LENGTH) {
            throw new AuthenticationFailed("The access token is not valid");
        }
        VerifiedToken token;
        try {
            token = tokens.verify(jwt);
        } catch (InvalidTokenException e) {
            throw new AuthenticationFailed("The access token is not valid: " + e.getMessage());
        }
        Caller caller = new Caller(token.subject(), token.upn(), token.role(), token.sessionId());
        boolean stillValid = caller.isServicePrincipal()
                ? principals.isActive(caller.id())
                : caller.sessionId() != null && sessions.isOpen(caller.sessionId(), caller.id());
        if (!stillValid) {
            throw new AuthenticationFailed("The access token was revoked (logout, disabled account or revoked key)");
        }
        return caller;
    }

    /** The resource class's own method: annotations live there, not on the generated interface. */
    private Method implementation() {
        Method method = resourceInfo.getResourceMethod();
        Class<?> resource = resourceInfo.getResourceClass();
        if (method == null || resource == null) {
            return null;
        }
        try {
            return resource.getMethod(method.getName(), method.getParameterTypes());
        } catch (NoSuchMethodException e) {
            return method;
        }
    }

    private static boolean isOpen(Method method) {
        return method.isAnnotationPresent(PermitAll.class)
                || method.getDeclaringClass().isAnnotationPresent(PermitAll.class)
                && !method.isAnnotationPresent(RolesAllowed.class);
    }

    /** The request's security context once its token verified: the caller and its groups. */
    private record CallerContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.hasGroup(role);
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
