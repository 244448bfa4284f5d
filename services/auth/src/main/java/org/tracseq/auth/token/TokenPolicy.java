package org.tracseq.auth.token;

import java.time.Duration;

/** What every access token says about its issuer and audience, and how long it lives. */
public record TokenSettings(String issuer, String audience, Duration accessTokenLifetime, Duration clockSkew) {

    /** How long a retired signing key must stay published: until the last token it signed has expired. */
    public Duration keyOverlap() {
        return accessTokenLifetime.plus(clockSkew);
    }
}
