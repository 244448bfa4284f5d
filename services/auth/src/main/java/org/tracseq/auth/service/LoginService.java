package org.tracseq.auth.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.tracseq.auth.domain.AccountRules;
import org.tracseq.auth.domain.Credentials;
import org.tracseq.auth.domain.Origin;

/**
 * Login with username and password (AU-2). Unknown user, wrong password and disabled account take
 * the same time (an unknown user's password is checked against a decoy hash), count towards the
 * same lockout, and get the same 401.
 */
@ApplicationScoped
public class LoginService {
    @Inject
    LoginAttempts attempts;

    @Inject
    Passwords passwords;

    public Tokens login(String username, String password, Origin origin) {
        LoginAttempts.Admission attempt = attempts.admit(AccountRules.normalizeName(username), origin);
        Credentials credentials = attempt.credentials().orElse(null);
        boolean passwordMatches = credentials == null
                ? passwords.matchNobody(password)
                : passwords.matches(password, credentials.passwordHash());
        if (credentials == null || !passwordMatches || !credentials.user().enabled()) {
            attempts.failed(attempt, credentials == null ? "unknown username"
                    : !passwordMatches ? "wrong password" : "account disabled", origin);
            throw AuthenticationFailed.login();
        }
        return attempts.succeeded(attempt, origin);
    }
}
