package org.tracseq.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.tracseq.auth.token.TokenPolicy;
import org.tracseq.platform.security.SecuritySettings;

/** The values the service layer injects that are made, not configured: its clock and its token policy. */
@ApplicationScoped
public class AuthProducers {
    /**
     * Time in UTC to the microsecond (what PostgreSQL keeps, so an answer equals a later read);
     * every instant the service stores or signs comes from here.
     */
    private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.of(1, ChronoUnit.MICROS));

    @Produces
    Clock clock() {
        return CLOCK;
    }

    /** Issuer, audience and skew as every verifier reads them (MicroProfile JWT's keys), lifetime from ours. */
    @Produces
    TokenPolicy tokenPolicy(SecuritySettings security, @ConfigProperties TokenSettings tokens) {
        return new TokenPolicy(
                security.issuer(), security.audience(), tokens.accessTokenLifetime(), security.clockSkew());
    }
}
