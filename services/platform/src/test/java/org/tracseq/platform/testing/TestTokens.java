package org.tracseq.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.tracseq.platform.security.Role;

/**
 * Access tokens for integration tests, signed with the test key in
 * {@code integration-test-keys.jwks.json}. Servers under test trust that key only because the
 * build's integration-test phase points {@code mp.jwt.verify.publickey.location} at the file; a
 * running TracSeq never does.
 */
public final class TestTokens {
    public static final String ISSUER = "https://tracseq.org/auth";
    public static final String AUDIENCE = "tracseq";
    private static final RSAKey KEY = loadKey();

    private TestTokens() {}

    /** A valid token of a user with {@code role}, named {@code it-<role>} (what audit rows show). */
    public static String of(Role role) {
        return sign(KEY, claims -> claims.claim("upn", upnOf(role)).claim("groups", role.groups()));
    }

    /** A valid token of a user with {@code role} belonging to the auth service session {@code sessionId}. */
    public static String ofSession(Role role, String sessionId) {
        return sign(
                KEY,
                claims -> claims.claim("upn", upnOf(role))
                        .claim("groups", role.groups())
                        .claim("sid", sessionId));
    }

    public static String upnOf(Role role) {
        return "it-" + role.wireValue();
    }

    /** A valid token whose groups hold no TracSeq role: lower than guest. */
    public static String withoutRole() {
        return sign(KEY, claims -> claims.claim("upn", "it-nobody").claim("groups", List.of("other-app")));
    }

    /**
     * Tokens every endpoint must refuse with 401, by what is wrong with them. Each would otherwise
     * be a lab administrator's.
     */
    public static Map<String, String> invalid() {
        Map<String, String> tokens = new LinkedHashMap<>();
        String valid = of(Role.LAB_ADMINISTRATOR);
        tokens.put("garbage", "not-a-jwt");
        tokens.put(
                "expired",
                sign(
                        KEY,
                        claims -> admin(claims)
                                .issueTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
                                .expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1))))));
        tokens.put("tampered", tamper(valid));
        tokens.put(
                "alg none",
                new PlainJWT(
                                new PlainHeader.Builder()
                                        .type(JOSEObjectType.JWT)
                                        .build(),
                                admin(baseClaims()).build())
                        .serialize());
        tokens.put("HS256 with the public key", hmacWithPublicKey());
        tokens.put("wrong issuer", sign(KEY, claims -> admin(claims).issuer("https://evil.example/auth")));
        tokens.put("wrong audience", sign(KEY, claims -> admin(claims).audience("another-system")));
        tokens.put("unknown key", sign(foreignKey(), claims -> admin(claims)));
        tokens.put("signature stripped", valid.substring(0, valid.lastIndexOf('.') + 1));
        tokens.put("oversized", "x".repeat(9000));
        return tokens;
    }

    private static JWTClaimsSet.Builder admin(JWTClaimsSet.Builder claims) {
        return claims.claim("upn", upnOf(Role.LAB_ADMINISTRATOR)).claim("groups", Role.LAB_ADMINISTRATOR.groups());
    }

    private static JWTClaimsSet.Builder baseClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString()) // every token its own principal, e.g. its own rate limits
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .jwtID(UUID.randomUUID().toString());
    }

    private static String sign(RSAKey key, Consumer<JWTClaimsSet.Builder> claims) {
        JWTClaimsSet.Builder builder = baseClaims();
        claims.accept(builder);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                builder.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The classic confusion attack: HMAC "signed" with the public key a verifier might use as a secret. */
    private static String hmacWithPublicKey() {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID(KEY.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                admin(baseClaims()).build());
        try {
            jwt.sign(new MACSigner(KEY.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** A valid token with one character of its payload changed. */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        char[] payload = parts[1].toCharArray();
        payload[10] = payload[10] == 'A' ? 'B' : 'A';
        return parts[0] + "." + new String(payload) + "." + parts[2];
    }

    private static RSAKey foreignKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY.getKeyID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey loadKey() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/integration-test-keys.jwks.json")) {
            return JWKSet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getKeys()
                    .get(0)
                    .toRSAKey();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Cannot read the integration-test key", e);
        }
    }
}
