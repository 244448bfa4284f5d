package org.tracseq.platform.security;

/**
 * Knows tokens that verify but must no longer be honoured (logout, disabled account, revoked API
 * key). Optional: a service with no such bean accepts a verified token until it expires (at most
 * the access token lifetime); the gateway and the auth service have one.
 */
public interface TokenRevocations {

    boolean isRevoked(VerifiedToken token);
}
