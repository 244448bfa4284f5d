package org.tracseq.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies TracSeq access tokens (AU-3) as MicroProfile JWT describes them: RS256 only, signed by
 * one of the given keys (so {@code alg: none}, HMAC signed with the public key and foreign keys
 * fail), {@code typ: JWT}, the expected {@code iss} and {@code aud}, not expired (with a small
 * clock skew), and every claim TracSeq relies on present.
 *
 * <p>A client sends the same token with every request for its whole lifetime, so a token that
 * verified is remembered, by its exact text, until it expires: the RSA check and the parsing are
 * done once per token, not once per request. A remembered token is used only while the key set it
 * was verified against is still the current one (a key revoked or rotated out ends it) and only
 * until its expiry plus the skew, exactly as a fresh verification would decide.
 */
public final class TokenVerifier {
    private static final Set<String> REQUIRED_CLAIMS =
            Set.of("sub", "upn", "groups", "iss", "aud", "exp", "iat", "jti");
    /** About 1 kB each; beyond this many live tokens the expired are dropped, then all. */
    private static final int MAX_REMEMBERED = 10_000;

    private final String issuer;
    private final String audience;
    private final Duration clockSkew;
    private final Clock clock;

    public TokenVerifier(String issuer, String audience, Duration clockSkew, Clock clock) {
        this.issuer = issuer;
        this.audience = audience;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    /** A processor is thread-safe once set up; it is reused while the key set is the same object. */
    private record Prepared(JWKSet keys, DefaultJWTProcessor<SecurityContext> processor) {}

    private volatile Prepared prepared;

    private record Verified(VerifiedToken token, String kid, JWKSet keys, Instant validUntil) {}

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private DefaultJWTProcessor<SecurityContext> processorFor(JWKSet keys) {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(
                new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(keys.toPublicJWKSet())));
        var claimsVerifier =
                new DefaultJWTClaimsVerifier<>(
                        audience, new JWTClaimsSet.Builder().issuer(issuer).build(), REQUIRED_CLAIMS) {
                    @Override
                    protected Date currentTime() {
                        return Date.from(clock.instant());
                    }
                };
        claimsVerifier.setMaxClockSkew((int) clockSkew.toSeconds());
        processor.setJWTClaimsSetVerifier(claimsVerifier);
        return processor;
    }

    /** The {@code kid} a token names in its header, or null when it is not a signed JWT at all. */
    private static String keyIdOf(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            return null;
        }
    }

    public VerifiedToken verify(String token, JWKSet keys) throws InvalidTokenException {
        return verify(token, kid -> keys);
    }

    /** Verifies {@code token} against the keys {@code keys} gives for the {@code kid} it names. */
    public VerifiedToken verify(String token, VerificationKeys keys) throws InvalidTokenException {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null && now.isBefore(known.validUntil()) && keys.forKeyId(known.kid()) == known.keys()) {
            return known.token();
        }
        String kid = keyIdOf(token);
        JWKSet current = keys.forKeyId(kid);
        VerifiedToken fresh = verifySignatureAndClaims(token, current);
        remember(token, new Verified(fresh, kid, current, fresh.expiresAt().plus(clockSkew)), now);
        return fresh;
    }

    private void remember(String token, Verified entry, Instant now) {
        if (verified.size() >= MAX_REMEMBERED) {
            verified.values().removeIf(old -> !now.isBefore(old.validUntil()));
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
        }
        verified.put(token, entry);
    }

    private VerifiedToken verifySignatureAndClaims(String token, JWKSet keys) throws InvalidTokenException {
        Prepared prepared = this.prepared;
        if (prepared == null || prepared.keys() != keys) {
            prepared = new Prepared(keys, processorFor(keys));
            this.prepared = prepared;
        }
        DefaultJWTProcessor<SecurityContext> processor = prepared.processor();
        try {
            JWTClaimsSet claims = processor.process(token, null);
            // A claim of the wrong type is an invalid token here, not a failure later.
            claims.getStringListClaim("groups");
            claims.getStringClaim("upn");
            return new VerifiedToken(token, claims);
        } catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException e) {
            throw new InvalidTokenException(e.getMessage());
        }
    }
}
