package org.tracseq.events.domain;

/**
 * Who may see an event: {@code auth.*} events (logins, roles, keys) only lab administrators, like
 * the auth service's own security audit; every other family every role that may read events.
 */
public final class Visibility {
    /** The start of every type only administrators see. */
    public static final String ADMINISTRATORS_ONLY = "auth.";

    private Visibility() {}

    public static boolean visible(String type, boolean administrator) {
        return administrator || !type.startsWith(ADMINISTRATORS_ONLY);
    }
}
