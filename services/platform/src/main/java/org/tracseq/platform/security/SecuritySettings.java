package org.tracseq.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How tokens are verified, under MicroProfile JWT's own configuration names so an operator sets
 * them the way MicroProfile documents. The defaults fit the microservices layout on one machine.
 */
@ApplicationScoped
public class SecuritySettings {
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "https://tracseq.org/auth")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences", defaultValue = "tracseq")
    String audience;

    /** Where the auth service publishes its JWKS (any URL Java can open, {@code file:} too). */
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location", defaultValue = "http://localhost:8080/auth/jwks")
    String keysLocation;

    /** A JWKS document given inline; when set, the location is not read. */
    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> inlineKeys;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "30")
    long clockSkewSeconds;

    /** How long fetched keys are used before they are fetched again. */
    @Inject
    @ConfigProperty(name = "tracseq.jwt.keys.refresh-seconds", defaultValue = "300")
    long keysRefreshSeconds;

    public String issuer() {
        return issuer;
    }

    public String audience() {
        return audience;
    }

    public String keysLocation() {
        return keysLocation;
    }

    public Optional<String> inlineKeys() {
        return inlineKeys.filter(keys -> !keys.isBlank());
    }

    public Duration keysRefresh() {
        return Duration.ofSeconds(keysRefreshSeconds);
    }

    public Duration clockSkew() {
        return Duration.ofSeconds(clockSkewSeconds);
    }

    public TokenVerifier verifier(Clock clock) {
        return new TokenVerifier(issuer, audience, clockSkew(), clock);
    }
}
