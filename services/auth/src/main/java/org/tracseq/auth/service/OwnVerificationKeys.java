package org.tracseq.auth.service;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.util.List;
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
    Clock clock;

    private volatile JWKSet lastPublished;

    /**
     * The same object for as long as the same keys are published, so that the verifier keeps its
     * prepared processor and its remembered tokens (both are tied to the key set's identity).
     */
    @Override
    public JWKSet forKeyId(String kid) {
        JWKSet published = keys.ringPublishing(kid).published(clock.instant());
        JWKSet last = lastPublished;
        if (last != null && keyIds(last).equals(keyIds(published))) {
            return last;
        }
        lastPublished = published;
        return published;
    }

    private static List<String> keyIds(JWKSet keys) {
        return keys.getKeys().stream().map(JWK::getKeyID).toList();
    }
}
