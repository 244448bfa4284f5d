package org.tracseq.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Duration;
import java.time.Instant;

/**
 * An RSA key pair that signs access tokens (RS256). Its {@code kid} is the key's RFC 7638
 * thumbprint. Once retired it signs no more and keeps only its public half; it stays published
 * for as long as a token it signed may still be valid.
 */
public record SigningKey(String kid, RSAKey jwk, Instant createdAt, Instant retiredAt) {
    public static final int KEY_SIZE = 2048;

    public static SigningKey generate(Instant now) {
        try {
            RSAKey jwk = new RSAKeyGenerator(KEY_SIZE)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
            return new SigningKey(jwk.getKeyID(), jwk, now, null);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        }
    }

    public boolean active() {
        return retiredAt == null;
    }

    /** Retired keys are published until {@code retiredAt + overlap}; the active key always. */
    public boolean publishedAt(Instant now, Duration overlap) {
        return retiredAt == null || now.isBefore(publishedUntil(overlap));
    }

    public Instant publishedUntil(Duration overlap) {
        return retiredAt == null ? null : retiredAt.plus(overlap);
    }

    public RSAKey publicJwk() {
        return jwk.toPublicJWK();
    }
}
