package org.tracseq.auth.domain;

import java.time.Instant;

/**
 * AU-3: what presenting a refresh token means. A token works once: it is spent and replaced by a
 * new one of the same session (rotation). Presenting a spent token again means two parties hold
 * the family (one of them stole it), and the legitimate one cannot be told apart, so the whole
 * session is revoked. Callers answer every verdict but {@link Verdict#ROTATE} with the same 401.
 */
public final class RefreshRotation {
    public static final String RULE = "AU-3";

    public enum Verdict {
        /** Spend the token, issue the next one. */
        ROTATE,
        /** A spent token came back: revoke the session and audit it. */
        REUSED,
        /** The session was revoked or has passed its absolute lifetime. */
        SESSION_ENDED,
        /** The token itself has expired unused. */
        EXPIRED
    }

    private RefreshRotation() {}

    public static Verdict judge(RefreshToken token, Session session, Instant now) {
        if (session.revokedAt() != null) {
            return Verdict.SESSION_ENDED;
        }
        if (token.spentAt() != null) {
            return Verdict.REUSED;
        }
        if (!session.openAt(now)) {
            return Verdict.SESSION_ENDED;
        }
        return now.isBefore(token.expiresAt()) ? Verdict.ROTATE : Verdict.EXPIRED;
    }
}
