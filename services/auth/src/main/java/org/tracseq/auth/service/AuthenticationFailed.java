package org.tracseq.auth.service;

import org.tracseq.platform.problem.ProblemException;

/**
 * A 401: no valid credentials. Login failures all share one detail, whatever the cause, so the
 * answer never tells whether an account exists (AU-2).
 */
public class AuthenticationFailed extends ProblemException {
    public static final String LOGIN_DETAIL = "The username or password is wrong, or the account cannot log in";

    public AuthenticationFailed(String detail) {
        super(401, "unauthenticated", "Unauthenticated", detail);
    }

    public static AuthenticationFailed login() {
        return new AuthenticationFailed(LOGIN_DETAIL);
    }
}
