package org.tracseq.platform.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.tracseq.platform.security.CurrentToken;

/**
 * Sends the caller's access token on every outgoing call, so the called service checks the real
 * user's roles and records the real actor (a call never gains rights the caller lacks).
 */
public class AuthorizationPropagation implements ClientRequestFilter {
    @Override
    public void filter(ClientRequestContext request) {
        if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            CurrentToken.get()
                    .ifPresent(token ->
                            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.raw()));
        }
    }
}
