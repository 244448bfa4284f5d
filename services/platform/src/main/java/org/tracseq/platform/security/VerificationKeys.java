package org.tracseq.platform.security;

import com.nimbusds.jose.jwk.JWKSet;

/**
 * The public keys access tokens are verified with. The platform's {@link JwksVerificationKeys}
 * reads the auth service's JWKS; the auth service, which holds the keys, replaces it.
 */
public interface VerificationKeys {

    /**
     * The keys to verify a token naming {@code kid} with. An implementation that caches should
     * look again when it does not know the {@code kid}: the token may be signed with a key rotated
     * in since it last looked.
     */
    JWKSet forKeyId(String kid);
}
