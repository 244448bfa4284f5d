package org.tracseq.auth.token;

import java.time.Duration;

/**
 * What every access token says about its issuer and audience, how long it lives, and the clock
 * skew verifiers allow: the values tokens are issued and keys published under.
 */
public record TokenPolicy(String issuer, String audience, Duration accessTokenLifetime, Duration clockSkew) {

    /** How long a retired signing key must stay published: until the last token it signed has expired. */
    public Duration keyOverlap() {
        return accessTokenLifetime.plus(clockSkew);
    }
}
