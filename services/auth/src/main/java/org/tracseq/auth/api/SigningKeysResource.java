package org.tracseq.auth.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.tracseq.auth.service.SigningKeys;
import org.tracseq.auth.token.SigningKey;
import org.tracseq.contract.auth.api.KeysApi;
import org.tracseq.platform.security.Roles;

/** The token signing keys and their rotation: lab administrators only. */
@Path("/signing-keys")
@RequestScoped
@RolesAllowed(Roles.LAB_ADMINISTRATOR)
public class SigningKeysResource implements KeysApi {
    @Inject
    SigningKeys keys;

    @Context
    HttpServletRequest request;

    @Context
    SecurityContext security;

    @Override
    public Response listSigningKeys() {
        return Response.ok(keys.published().stream()
                        .map(key -> AuthMapper.signingKey(key, keys.overlap()))
                        .toList())
                .build();
    }

    @Override
    public Response rotateSigningKey() {
        SigningKey key = keys.rotate(Requests.caller(security).actor(), Requests.origin(request));
        return Response.status(Response.Status.CREATED)
                .entity(AuthMapper.signingKey(key, keys.overlap()))
                .build();
    }
}
