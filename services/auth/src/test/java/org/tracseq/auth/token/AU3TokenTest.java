package org.tracseq.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tracseq.auth.domain.RefreshRotation;
import org.tracseq.auth.domain.RefreshRotation.Verdict;
import org.tracseq.auth.domain.RefreshToken;
import org.tracseq.auth.domain.Secrets;
import org.tracseq.auth.domain.Session;
import org.tracseq.platform.security.InvalidTokenException;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.security.TokenVerifier;
import org.tracseq.platform.security.VerifiedToken;

/**
 * AU-3: access tokens (claims, kid, expiry, what verification refuses) and refresh-token rotation
 * with reuse revoking the family, all without a server.
 */
class AU3TokenTest {
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final TokenPolicy POLICY =
            new TokenPolicy("https://tracseq.org/auth", "tracseq", Duration.ofMinutes(15), Duration.ofSeconds(30));
    private static final SigningKey KEY = SigningKey.generate(T0);
    private static final KeyRing RING = new KeyRing(List.of(KEY), POLICY.keyOverlap());
    private static final UUID USER = UUID.randomUUID();
    private static final UUID SESSION = UUID.randomUUID();

    private static AccessTokens at(Instant now) {
        return new AccessTokens(POLICY, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** What every service does with a token: the platform's verifier against the published keys. */
    private static VerifiedToken verify(Instant now, String jwt, KeyRing ring) throws InvalidTokenException {
        return new TokenVerifier(
                        POLICY.issuer(), POLICY.audience(), POLICY.clockSkew(), Clock.fixed(now, ZoneOffset.UTC))
                .verify(jwt, ring.published(now));
    }

    private static IssuedToken userToken() {
        return at(T0).issue(new TokenSubject(USER, "jsmith", Role.LAB_TECHNICIAN, SESSION), KEY);
    }

    @Test
    void anAccessTokenIsAnRs256JwtNamingItsKey() throws Exception {
        SignedJWT jwt = SignedJWT.parse(userToken().jwt());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(KEY.kid());
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("JWT");
        assertThat(KEY.jwk().size()).isGreaterThanOrEqualTo(2048);
    }

    @Test
    void itCarriesTheMicroProfileJwtClaimsWithGroupsExpanded() throws Exception {
        IssuedToken token = userToken();
        JWTClaimsSet claims = SignedJWT.parse(token.jwt()).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(USER.toString());
        assertThat(claims.getStringClaim("upn")).isEqualTo("jsmith");
        assertThat(claims.getStringListClaim("groups"))
                .containsExactly("guest", "data_analyst", "research_scientist", "lab_technician");
        assertThat(claims.getIssuer()).isEqualTo("https://tracseq.org/auth");
        assertThat(claims.getAudience()).containsExactly("tracseq");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(T0);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
        assertThat(claims.getJWTID()).isEqualTo(token.jwtId());
        assertThat(claims.getStringClaim("sid")).isEqualTo(SESSION.toString());
        assertThat(token.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    }

    @Test
    void everyTokenHasItsOwnId() {
        assertThat(userToken().jwtId()).isNotEqualTo(userToken().jwtId());
    }

    @Test
    void aServicePrincipalTokenHasNoSession() throws Exception {
        IssuedToken token = at(T0).issue(new TokenSubject(USER, "svc:sequencer-1", Role.LAB_TECHNICIAN, null), KEY);
        VerifiedToken verified = verify(T0, token.jwt(), RING);
        assertThat(verified.sessionId()).isEmpty();
        assertThat(verified.upn()).isEqualTo("svc:sequencer-1");
    }

    @Test
    void verificationReturnsTheClaimsWhileTheTokenLives() throws Exception {
        VerifiedToken verified =
                verify(T0.plus(Duration.ofMinutes(14)), userToken().jwt(), RING);
        assertThat(verified.getSubject()).isEqualTo(USER.toString());
        assertThat(verified.upn()).isEqualTo("jsmith");
        assertThat(verified.role()).contains(Role.LAB_TECHNICIAN);
        assertThat(verified.sessionId()).contains(SESSION.toString());
    }

    @Test
    void anExpiredTokenIsRefusedOnceTheClockSkewHasPassed() throws Exception {
        String jwt = userToken().jwt();
        verify(T0.plus(Duration.ofMinutes(15)).plusSeconds(29), jwt, RING);
        assertThatThrownBy(() -> verify(T0.plus(Duration.ofMinutes(15)).plusSeconds(31), jwt, RING))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("xpired");
    }

    @Test
    void wrongIssuerOrAudienceIsRefused() {
        for (TokenPolicy other : List.of(
                new TokenPolicy("https://evil.example/auth", "tracseq", Duration.ofMinutes(15), Duration.ZERO),
                new TokenPolicy("https://tracseq.org/auth", "another-system", Duration.ofMinutes(15), Duration.ZERO))) {
            String jwt = new AccessTokens(other, Clock.fixed(T0, ZoneOffset.UTC))
                    .issue(new TokenSubject(USER, "jsmith", Role.GUEST, SESSION), KEY)
                    .jwt();
            assertThatThrownBy(() -> verify(T0, jwt, RING)).isInstanceOf(InvalidTokenException.class);
        }
    }

    @Test
    void tamperedUnsignedAndForeignTokensAreRefused() throws Exception {
        String jwt = userToken().jwt();
        String[] parts = jwt.split("\\.");
        String elevated = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"lab_technician\"", "\"lab_technician\",\"lab_administrator\"");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(elevated.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        String unsigned = new PlainJWT(SignedJWT.parse(jwt).getJWTClaimsSet()).serialize();
        SigningKey stranger = SigningKey.generate(T0);
        String foreign = at(T0).issue(new TokenSubject(USER, "jsmith", Role.LAB_ADMINISTRATOR, SESSION), stranger)
                .jwt();
        SignedJWT noKid = new SignedJWT(
                new JWSHeader(JWSAlgorithm.RS256), SignedJWT.parse(jwt).getJWTClaimsSet());
        noKid.sign(new RSASSASigner(stranger.jwk()));
        for (String bad : List.of(tampered, unsigned, foreign, noKid.serialize(), "not.a.jwt", "")) {
            assertThatThrownBy(() -> verify(T0, bad, RING)).as(bad).isInstanceOf(InvalidTokenException.class);
        }
    }

    @Test
    void aRetiredKeyVerifiesDuringTheOverlapAndNotAfter() throws Exception {
        String signedByOld = userToken().jwt();
        Instant rotation = T0.plus(Duration.ofMinutes(5));
        SigningKey next = SigningKey.generate(rotation);
        SigningKey retired = new SigningKey(KEY.kid(), KEY.publicJwk(), KEY.createdAt(), rotation);
        KeyRing rotated = new KeyRing(List.of(next, retired), POLICY.keyOverlap());
        assertThat(rotated.active()).contains(next);
        assertThat(rotated.published(rotation).getKeys()).hasSize(2);
        assertThat(rotated.published(rotation).getKeys()).allMatch(jwk -> !jwk.isPrivate());
        verify(rotation.plus(Duration.ofMinutes(10)), signedByOld, rotated);

        Instant overlapOver = rotation.plus(POLICY.keyOverlap());
        assertThat(rotated.published(overlapOver).getKeys())
                .extracting(jwk -> jwk.getKeyID())
                .containsExactly(next.kid());
        String signedByNew = at(overlapOver)
                .issue(new TokenSubject(USER, "jsmith", Role.GUEST, SESSION), next)
                .jwt();
        assertThat(verify(overlapOver, signedByNew, rotated).upn()).isEqualTo("jsmith");
    }

    /** The clock a long-lived verifier (one per service) reads; tests move it. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void aVerifiedTokenIsRememberedButNotBeyondItsExpiry() throws Exception {
        MovableClock clock = new MovableClock(T0);
        TokenVerifier verifier = new TokenVerifier(POLICY.issuer(), POLICY.audience(), POLICY.clockSkew(), clock);
        JWKSet keys = RING.published(T0);
        String jwt = userToken().jwt();
        VerifiedToken first = verifier.verify(jwt, keys);
        clock.now = T0.plus(Duration.ofMinutes(15)).plusSeconds(29);
        assertThat(verifier.verify(jwt, keys)).isSameAs(first);

        clock.now = T0.plus(Duration.ofMinutes(15)).plusSeconds(30);
        assertThatThrownBy(() -> verifier.verify(jwt, keys))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("xpired");
    }

    @Test
    void aRememberedTokenIsRefusedOnceItsKeyIsNoLongerPublished() throws Exception {
        TokenVerifier verifier = new TokenVerifier(
                POLICY.issuer(), POLICY.audience(), POLICY.clockSkew(), Clock.fixed(T0, ZoneOffset.UTC));
        String jwt = userToken().jwt();
        verifier.verify(jwt, RING.published(T0));
        JWKSet withoutItsKey = new JWKSet(SigningKey.generate(T0).publicJwk());
        assertThatThrownBy(() -> verifier.verify(jwt, withoutItsKey)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void aRefreshTokenRotatesOnceAndItsReuseEndsTheWholeFamily() {
        Session session = new Session(SESSION, USER, T0, null, T0.plus(Duration.ofDays(7)), null, null, null, null);
        RefreshToken first = refreshToken(T0);
        Instant later = T0.plus(Duration.ofMinutes(20));

        assertThat(RefreshRotation.judge(first, session, later)).isEqualTo(Verdict.ROTATE);
        RefreshToken spent = new RefreshToken(first.tokenHash(), SESSION, T0, first.expiresAt(), later);
        RefreshToken second = refreshToken(later);
        assertThat(RefreshRotation.judge(second, session, later)).isEqualTo(Verdict.ROTATE);

        // The first token again: someone else holds the family. The session is revoked ...
        assertThat(RefreshRotation.judge(spent, session, later.plusSeconds(1))).isEqualTo(Verdict.REUSED);
        Session revoked = new Session(
                SESSION,
                USER,
                T0,
                later,
                session.expiresAt(),
                later.plusSeconds(1),
                "refresh token reused",
                null,
                null);
        // ... so the legitimate holder's newest token stops working too, and the thief's spent one stays dead.
        assertThat(RefreshRotation.judge(second, revoked, later.plusSeconds(2))).isEqualTo(Verdict.SESSION_ENDED);
        assertThat(RefreshRotation.judge(spent, revoked, later.plusSeconds(2))).isEqualTo(Verdict.SESSION_ENDED);
    }

    @Test
    void expiredRefreshTokensAndSessionsAreRefused() {
        Session session = new Session(SESSION, USER, T0, null, T0.plus(Duration.ofHours(1)), null, null, null, null);
        RefreshToken token = new RefreshToken(Secrets.hash("x"), SESSION, T0, T0.plus(Duration.ofMinutes(30)), null);
        assertThat(RefreshRotation.judge(token, session, T0.plus(Duration.ofMinutes(30))))
                .isEqualTo(Verdict.EXPIRED);
        RefreshToken longLived = new RefreshToken(Secrets.hash("y"), SESSION, T0, T0.plus(Duration.ofHours(12)), null);
        assertThat(RefreshRotation.judge(longLived, session, T0.plus(Duration.ofHours(2))))
                .isEqualTo(Verdict.SESSION_ENDED);
    }

    @Test
    void refreshSecretsAreRandom256BitValuesStoredAsSha256() {
        String secret = Secrets.generate(Secrets.REFRESH_TOKEN);
        assertThat(secret).startsWith("tsr_");
        assertThat(Base64.getUrlDecoder().decode(secret.substring(4))).hasSize(32);
        assertThat(Secrets.generate(Secrets.REFRESH_TOKEN)).isNotEqualTo(secret);
        assertThat(Secrets.hash(secret))
                .hasSize(64)
                .isEqualTo(Secrets.hash(secret))
                .doesNotContain(secret);
    }

    private static RefreshToken refreshToken(Instant issuedAt) {
        return new RefreshToken(
                Secrets.hash(Secrets.generate(Secrets.REFRESH_TOKEN)),
                SESSION,
                issuedAt,
                issuedAt.plus(Duration.ofHours(12)),
                null);
    }
}
