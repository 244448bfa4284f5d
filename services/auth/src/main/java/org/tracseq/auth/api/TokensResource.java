package org.tracseq.auth.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import org.tracseq.auth.domain.Session;
import org.tracseq.auth.service.Caller;
import org.tracseq.auth.service.LoginService;
import org.tracseq.auth.service.ServicePrincipalService;
import org.tracseq.auth.service.SessionService;
import org.tracseq.auth.service.SigningKeys;
import org.tracseq.auth.service.Tokens;
import org.tracseq.contract.auth.api.TokensApi;
import org.tracseq.contract.auth.model.ApiKeyExchange;
import org.tracseq.contract.auth.model.LoginRequest;
import org.tracseq.contract.auth.model.RefreshRequest;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Bodies;

/**
 * Login, refresh, logout, API-key exchange and the public keys. The class-level {@code @Path} is
 * repeated because JAX-RS does not inherit it from the interface.
 */
@Path("")
@RequestScoped
public class TokensResource implements TokensApi {
    @Inject
    LoginService logins;

    @Inject
    SessionService sessions;

    @Inject
    ServicePrincipalService principals;

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @Context
    SecurityContext security;

    @Override
    @PermitAll
    public Response login(LoginRequest body) {
        Bodies.required(body);
        return ok(logins.login(body.getUsername(), body.getPassword(), Requests.origin(request)));
    }

    @Override
    @PermitAll
    public Response refresh(RefreshRequest body) {
        String token = Bodies.required(body).getRefreshToken();
        return ok(sessions.refresh(token, Requests.origin(request)));
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response logout() {
        Caller caller = Requests.caller(security);
        Session ended = sessions.logout(caller, Requests.origin(request));
        return Response.ok(AuthMapper.session(ended, caller.sessionId())).build();
    }

    @Override
    @PermitAll
    public Response exchangeApiKey(ApiKeyExchange body) {
        String apiKey = Bodies.required(body).getApiKey();
        return ok(principals.exchange(apiKey, Requests.origin(request)));
    }

    @Override
    @PermitAll
    public Response getJwks() {
        return Response.ok(AuthMapper.jwks(keys.ring(), clock.instant())).build();
    }

    private Response ok(Tokens tokens) {
        return Response.ok(AuthMapper.tokens(tokens, clock.instant())).build();
    }
}
