package org.tracseq.auth.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tracseq.auth.token.AccessTokens;
import org.tracseq.auth.token.IssuedToken;
import org.tracseq.auth.token.TokenSubject;

/** Signs access tokens with the active key. */
@ApplicationScoped
public class TokenIssuer {
    @Inject
    AuthSettings settings;

    @Inject
    SigningKeys keys;

    private AccessTokens tokens;

    @PostConstruct
    void create() {
        tokens = new AccessTokens(settings.tokens(), settings.clock());
    }

    public IssuedToken issue(TokenSubject subject) {
        return tokens.issue(subject, keys.signingKey());
    }
}
