package org.tracseq.auth.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.auth.domain.Secrets;

/**
 * Slow salted password hashes (AU-1) by Jakarta Security's {@link Pbkdf2PasswordHash}:
 * PBKDF2-HMAC-SHA512, at least 210,000 iterations (OWASP's figure for SHA-512), 32-byte salt,
 * 64-byte key. The stored string names its own parameters, so raising the iterations later still
 * verifies old hashes.
 */
@ApplicationScoped
public class Passwords {
    public static final int MIN_ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperties
    AuthSettings settings;

    /** A hash of a random password, checked when a login names an unknown user, so it takes as long. */
    private String decoy;

    @PostConstruct
    void configure() {
        int iterations = settings.passwordIterations();
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalStateException("tracseq.password.iterations must be at least " + MIN_ITERATIONS);
        }
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash(Secrets.generate(""));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of a real check on the decoy; always false. */
    public boolean matchNobody(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
        return false;
    }
}
