package org.tracseq.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Issues and verifies access tokens (AU-3): RS256 JWTs with header {@code kid} and {@code typ: JWT},
 * and the MicroProfile JWT claims {@code sub}, {@code upn}, {@code groups}, {@code iss}, {@code aud},
 * {@code exp}, {@code iat}, {@code jti}, plus {@code sid} for a user's session. Verification
 * accepts only RS256 with a published key, so {@code alg: none}, HMAC tricks and unknown keys fail.
 */
public final class AccessTokens {
    public static final String SESSION_CLAIM = "sid";
    private static final Set<String> REQUIRED_CLAIMS = Set.of("sub", "upn", "groups", "iss", "aud", "exp", "iat",
            "jti");

    private final TokenSettings settings;
    private final Clock clock;

    public AccessTokens(TokenSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public IssuedToken issue(TokenSubject subject, SigningKey key) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.accessTokenLifetime());
        String jwtId = UUID.randomUUID().toString();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject.id().toString())
                .claim("upn", subject.upn())
                .claim("groups", subject.role().groups())
                .issuer(settings.issuer())
                .audience(settings.audience())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(jwtId);
        if (subject.sessionId() != null) {
            claims.claim(SESSION_CLAIM, subject.sessionId().toString());
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid()).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(key.jwk()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with key " + key.kid(), e);
        }
        return new IssuedToken(jwt.serialize(), jwtId, expiresAt);
    }

    /** The {@code kid} a token names in its header, or null when it is not a signed JWT at all. */
    public static String keyIdOf(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            return null;
        }
    }

    public VerifiedToken verify(String token, KeyRing keys) throws InvalidTokenException {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(keys.published(clock.instant()))));
        var claimsVerifier = new DefaultJWTClaimsVerifier<>(settings.audience(),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), REQUIRED_CLAIMS) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        claimsVerifier.setMaxClockSkew((int) settings.clockSkew().toSeconds());
        processor.setJWTClaimsSetVerifier(claimsVerifier);
        try {
            JWTClaimsSet claims = processor.process(token, null);
            String session = claims.getStringClaim(SESSION_CLAIM);
            return new VerifiedToken(UUID.fromString(claims.getSubject()), claims.getStringClaim("upn"),
                    List.copyOf(claims.getStringListClaim("groups")), session == null ? null : UUID.fromString(session),
                    claims.getJWTID(), claims.getExpirationTime().toInstant());
        } catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException e) {
            throw new InvalidTokenException(e.getMessage());
        }
    }
}
