package org.tracseq.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import org.tracseq.platform.problem.ProblemException;

/**
 * Turns an {@code Authorization} header into a verified, unrevoked token, or refuses with a 401
 * problem saying why. The one place tokens are checked, for services and the gateway alike.
 */
@ApplicationScoped
public class Authenticator {
    private static final String BEARER = "bearer ";
    /** Real tokens are about 1 kB; anything far larger is refused unread. */
    private static final int MAX_TOKEN_LENGTH = 8192;

    @Inject
    SecuritySettings settings;

    @Inject
    VerificationKeys keys;

    @Inject
    Instance<TokenRevocations> revocations;

    private TokenVerifier verifier;

    @PostConstruct
    void create() {
        verifier = settings.verifier(Clock.systemUTC());
    }

    public VerifiedToken authenticate(String authorization) {
        VerifiedToken token = verify(authorization);
        for (TokenRevocations revocation : revocations) {
            if (revocation.isRevoked(token)) {
                throw revoked();
            }
        }
        return token;
    }

    /**
     * The signature and claims only, for a caller that checks revocations itself (the gateway asks
     * Redis about revocation and rate limit in one call).
     */
    public VerifiedToken verify(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw ProblemException.unauthenticated(
                    "This needs an access token: Authorization: Bearer <token> (POST /api/auth/login)");
        }
        String jwt = authorization.substring(BEARER.length()).trim();
        if (jwt.length() > MAX_TOKEN_LENGTH) {
            throw ProblemException.unauthenticated("The access token is not valid");
        }
        try {
            return verifier.verify(jwt, keys);
        } catch (InvalidTokenException e) {
            throw ProblemException.unauthenticated("The access token is not valid: " + e.getMessage());
        }
    }

    public static ProblemException revoked() {
        return ProblemException.unauthenticated(
                "The access token was revoked (logout, disabled account or revoked key)");
    }
}
