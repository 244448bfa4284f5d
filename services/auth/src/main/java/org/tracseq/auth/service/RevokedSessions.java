package org.tracseq.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tracseq.platform.security.TokenRevocations;
import org.tracseq.platform.security.VerifiedToken;

/**
 * The auth service refuses at once a token whose session was revoked (logout, password change,
 * refresh-token reuse) or whose user or service principal was disabled, from its own tables.
 */
@ApplicationScoped
public class RevokedSessions implements TokenRevocations {
    @Inject
    SessionService sessions;

    @Inject
    ServicePrincipalService principals;

    @Override
    public boolean isRevoked(VerifiedToken token) {
        Caller caller = Caller.of(token);
        return caller.isServicePrincipal()
                ? !principals.isActive(caller.id())
                : caller.sessionId() == null || !sessions.isOpen(caller.sessionId(), caller.id());
    }
}
