package org.tracseq.auth.service;

import jakarta.enterprise.context.Dependent;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tracseq.auth.domain.LockoutPolicy;

/**
 * The account settings ({@code tracseq.*}): lockout, sessions, password hashing, first start and
 * revocation publishing. Each key has its default here and nowhere else; environment variables
 * override them ({@code TRACSEQ_LOCKOUT_MAX_FAILURES}). Token lifetimes are {@code TokenSettings}.
 */
@Dependent
@ConfigProperties(prefix = "tracseq")
public class AuthSettings {
    /** AU-2: failed logins in a row that lock a login name. */
    @ConfigProperty(name = "lockout.max-failures", defaultValue = "5")
    int lockoutMaxFailures;

    /** AU-2: how long a locked login name stays locked. */
    @ConfigProperty(name = "lockout.minutes", defaultValue = "15")
    int lockoutMinutes;

    /** AU-3: a session ends after this, however often it was refreshed. */
    @ConfigProperty(name = "session.max-hours", defaultValue = "168")
    int sessionMaxHours;

    /** AU-1: PBKDF2-HMAC-SHA512 iterations for new hashes; fewer than 210,000 is refused at start-up. */
    @ConfigProperty(name = "password.iterations", defaultValue = "210000")
    int passwordIterations;

    /** How long the first start's one-time setup token is valid. */
    @ConfigProperty(name = "setup.token-hours", defaultValue = "24")
    int setupTokenHours;

    /** The first administrator's username, read only while no user exists. */
    @ConfigProperty(name = "admin.username")
    Optional<String> adminUsername;

    /** The first administrator's password (AU-1 applies), read only while no user exists. */
    @ConfigProperty(name = "admin.password")
    Optional<String> adminPassword;

    /** The first administrator's email. */
    @ConfigProperty(name = "admin.email", defaultValue = "admin@tracseq.invalid")
    String adminEmail;

    /** The first administrator's full name. */
    @ConfigProperty(name = "admin.full-name", defaultValue = "TracSeq administrator")
    String adminFullName;

    /** How often the revocations of the last token lifetime are published to Redis again. */
    @ConfigProperty(name = "revocations.sweep-seconds", defaultValue = "30")
    int revocationSweepSeconds;

    public LockoutPolicy lockout() {
        return new LockoutPolicy(lockoutMaxFailures, Duration.ofMinutes(lockoutMinutes));
    }

    public Duration sessionLifetime() {
        return Duration.ofHours(sessionMaxHours);
    }

    public int passwordIterations() {
        return passwordIterations;
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

    public Duration revocationSweep() {
        return Duration.ofSeconds(revocationSweepSeconds);
    }
}
