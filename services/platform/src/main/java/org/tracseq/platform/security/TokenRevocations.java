package org.tracseq.platform.security;

/**
 * Knows tokens that verify but must no longer be honoured (logout, disabled account, changed role,
 * revoked API key). The {@link Authenticator} asks every such bean: each service has the
 * platform's {@link MirroredRevocations}; the auth service adds its own tables, the gateway its
 * Redis round trip.
 */
public interface TokenRevocations {

    boolean isRevoked(VerifiedToken token);
}
