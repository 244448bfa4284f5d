package org.tracseq.auth.service;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.tracseq.platform.security.VerificationKeys;

/**
 * The auth service verifies tokens with the keys it holds, not through its own JWKS URL (which
 * differs between deployment modes and would be a call to itself).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class OwnVerificationKeys implements VerificationKeys {
    @Inject
    SigningKeys keys;

    @Inject
    AuthSettings settings;

    @Override
    public JWKSet forKeyId(String kid) {
        return keys.ringPublishing(kid).published(settings.clock().instant());
    }
}
