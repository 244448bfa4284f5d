package org.tracseq.auth.domain;

import java.util.Locale;

/** AU-4: the security events the audit log records. */
public enum AuditEventType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    /** A login attempt while the name was locked (refused unchecked). */
    LOGIN_LOCKED,
    /** The failure that locked a login name. */
    ACCOUNT_LOCKED,
    TOKEN_REFRESHED,
    REFRESH_TOKEN_REUSED,
    LOGOUT,
    SESSION_REVOKED,
    PASSWORD_CHANGED,
    USER_CREATED,
    ROLE_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    API_KEY_ISSUED,
    API_KEY_REVOKED,
    API_KEY_EXCHANGED,
    API_KEY_REFUSED,
    SIGNING_KEY_CREATED,
    SIGNING_KEY_ROTATED,
    SETUP_TOKEN_ISSUED,
    FIRST_ADMINISTRATOR_CREATED,
    SETUP_REFUSED;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
