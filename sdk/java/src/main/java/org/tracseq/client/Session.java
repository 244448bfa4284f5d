package org.tracseq.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.tracseq.client.api.AuthApi;
import org.tracseq.client.model.RefreshRequest;
import org.tracseq.client.model.TokenResponse;

/**
 * The client's current access token, renewed before it expires: with the refresh token when there is
 * one (a password login), otherwise, or when the session has ended, with the credentials again.
 */
final class Session {
    /** Renew this long before expiry, so a token never expires on its way to the server. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final AuthApi auth;
    private final Credentials credentials;
    private final Clock clock;

    private TokenResponse tokens;
    private Instant renewAt;

    /** Signs in at once, so wrong credentials fail here as a {@link ProblemException} (401). */
    Session(AuthApi auth, Credentials credentials, Clock clock) {
        this.auth = auth;
        this.credentials = credentials;
        this.clock = clock;
        accept(credentials.obtainTokens(auth));
    }

    synchronized String accessToken() {
        if (!clock.instant().isBefore(renewAt)) {
            accept(renewed());
        }
        return tokens.getAccessToken();
    }

    private TokenResponse renewed() {
        if (tokens.getRefreshToken() != null) {
            try {
                return auth.refresh(new RefreshRequest().refreshToken(tokens.getRefreshToken()));
            } catch (ProblemException e) {
                if (e.status() != 401) {
                    throw e;
                }
                // The session ended (expired, revoked, logged out elsewhere): sign in afresh below.
            }
        }
        return credentials.obtainTokens(auth);
    }

    private void accept(TokenResponse fresh) {
        Duration lifetime = Duration.ofSeconds(fresh.getExpiresIn());
        Duration margin = lifetime.dividedBy(2).compareTo(MARGIN) < 0 ? lifetime.dividedBy(2) : MARGIN;
        tokens = fresh;
        renewAt = clock.instant().plus(lifetime).minus(margin);
    }
}
