package org.tracseq.auth.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.tracseq.auth.token.AccessTokens;
import org.tracseq.auth.token.IssuedToken;
import org.tracseq.auth.token.TokenPolicy;
import org.tracseq.auth.token.TokenSubject;

/** Signs access tokens with the active key, and counts them. */
@ApplicationScoped
public class TokenIssuer {
    @Inject
    TokenPolicy policy;

    @Inject
    Clock clock;

    @Inject
    SigningKeys keys;

    @Inject
    AuthMetrics metrics;

    private AccessTokens tokens;

    @PostConstruct
    void create() {
        tokens = new AccessTokens(policy, clock);
    }

    public IssuedToken issue(TokenSubject subject) {
        IssuedToken issued = tokens.issue(subject, keys.signingKey());
        metrics.tokenIssued();
        return issued;
    }
}
