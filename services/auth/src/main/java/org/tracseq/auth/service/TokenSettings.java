package org.tracseq.auth.service;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token lifetimes ({@code tracseq.jwt.*}, AU-3). Issuer, audience and clock skew are MicroProfile
 * JWT's own keys ({@code mp.jwt.verify.*}), read by the platform's {@code SecuritySettings} for
 * signing here and verifying everywhere, so one setting changes both sides.
 */
@Dependent
@ConfigProperties(prefix = "tracseq.jwt")
public class TokenSettings {
    /** How long an access token is valid. */
    @ConfigProperty(name = "access-token-minutes", defaultValue = "15")
    int accessTokenMinutes;

    /** How long each refresh token is valid; rotation issues a new one, within the session's lifetime. */
    @ConfigProperty(name = "refresh-token-minutes", defaultValue = "720")
    int refreshTokenMinutes;

    public Duration accessTokenLifetime() {
        return Duration.ofMinutes(accessTokenMinutes);
    }

    public Duration refreshTokenLifetime() {
        return Duration.ofMinutes(refreshTokenMinutes);
    }
}
