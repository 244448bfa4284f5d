package org.tracseq.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.tracseq.platform.security.VerifiedToken;

/**
 * Issues access tokens (AU-3): RS256 JWTs with header {@code kid} and {@code typ: JWT}, and the
 * MicroProfile JWT claims {@code sub}, {@code upn}, {@code groups}, {@code iss}, {@code aud},
 * {@code exp}, {@code iat}, {@code jti}, plus {@code sid} for a user's session. The platform's
 * {@code TokenVerifier} checks them, here and in every other service.
 */
public final class AccessTokens {

    private final TokenPolicy policy;
    private final Clock clock;

    public AccessTokens(TokenPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    public IssuedToken issue(TokenSubject subject, SigningKey key) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(policy.accessTokenLifetime());
        String jwtId = UUID.randomUUID().toString();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject.id().toString())
                .claim("upn", subject.upn())
                .claim("groups", subject.role().groups())
                .issuer(policy.issuer())
                .audience(policy.audience())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(jwtId);
        if (subject.sessionId() != null) {
            claims.claim(VerifiedToken.SESSION_CLAIM, subject.sessionId().toString());
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.kid())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(key.jwk()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with key " + key.kid(), e);
        }
        return new IssuedToken(jwt.serialize(), jwtId, expiresAt);
    }
}
