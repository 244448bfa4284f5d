package org.tracseq.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tracseq.auth.domain.CommonPasswords;
import org.tracseq.auth.domain.LockoutPolicy;
import org.tracseq.auth.domain.PasswordPolicy;
import org.tracseq.auth.token.TokenSettings;
import org.tracseq.platform.security.SecuritySettings;

/**
 * The service's settings, all MicroProfile Config with a default (see README.md), overridable by
 * environment variables such as {@code TRACSEQ_LOCKOUT_MAX_FAILURES}.
 */
@ApplicationScoped
public class AuthSettings {
    /**
     * Time in UTC to the microsecond (what PostgreSQL keeps, so an answer equals a later read);
     * every instant the service stores or signs comes from here.
     */
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));

    private final PasswordPolicy passwordPolicy = new PasswordPolicy(CommonPasswords.shipped());

    /** Issuer, audience and clock skew: the same MicroProfile JWT settings every verifier reads. */
    @Inject
    SecuritySettings security;

    @Inject
    @ConfigProperty(name = "tracseq.jwt.access-token-minutes", defaultValue = "15")
    int accessTokenMinutes;

    @Inject
    @ConfigProperty(name = "tracseq.jwt.refresh-token-minutes", defaultValue = "720")
    int refreshTokenMinutes;

    @Inject
    @ConfigProperty(name = "tracseq.revocations.sweep-seconds", defaultValue = "30")
    int revocationSweepSeconds;

    @Inject
    @ConfigProperty(name = "tracseq.session.max-hours", defaultValue = "168")
    int sessionMaxHours;

    @Inject
    @ConfigProperty(name = "tracseq.lockout.max-failures", defaultValue = "5")
    int lockoutMaxFailures;

    @Inject
    @ConfigProperty(name = "tracseq.lockout.minutes", defaultValue = "15")
    int lockoutMinutes;

    @Inject
    @ConfigProperty(name = "tracseq.setup.token-hours", defaultValue = "24")
    int setupTokenHours;

    @Inject
    @ConfigProperty(name = "tracseq.admin.username")
    Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = "tracseq.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "tracseq.admin.email", defaultValue = "admin@tracseq.invalid")
    String adminEmail;

    @Inject
    @ConfigProperty(name = "tracseq.admin.full-name", defaultValue = "TracSeq administrator")
    String adminFullName;

    public Duration revocationSweep() {
        return Duration.ofSeconds(revocationSweepSeconds);
    }

    public Clock clock() {
        return clock;
    }

    public TokenSettings tokens() {
        return new TokenSettings(
                security.issuer(), security.audience(), Duration.ofMinutes(accessTokenMinutes), security.clockSkew());
    }

    public Duration refreshTokenLifetime() {
        return Duration.ofMinutes(refreshTokenMinutes);
    }

    public Duration sessionLifetime() {
        return Duration.ofHours(sessionMaxHours);
    }

    public LockoutPolicy lockout() {
        return new LockoutPolicy(lockoutMaxFailures, Duration.ofMinutes(lockoutMinutes));
    }

    public PasswordPolicy passwordPolicy() {
        return passwordPolicy;
    }

    public Duration setupTokenLifetime() {
        return Duration.ofHours(setupTokenHours);
    }

    public Optional<String> adminUsername() {
        return adminUsername.filter(name -> !name.isBlank());
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(password -> !password.isEmpty());
    }

    public String adminEmail() {
        return adminEmail;
    }

    public String adminFullName() {
        return adminFullName;
    }
}
