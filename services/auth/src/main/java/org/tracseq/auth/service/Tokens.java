package org.tracseq.auth.service;

import java.time.Instant;
import java.util.UUID;
import org.tracseq.auth.token.IssuedToken;

/** What a login, refresh or API-key exchange hands out; the refresh part is absent for API keys. */
public record Tokens(IssuedToken access, String refreshToken, Instant refreshExpiresAt, UUID sessionId) {

    public static Tokens accessOnly(IssuedToken access) {
        return new Tokens(access, null, null, null);
    }
}
