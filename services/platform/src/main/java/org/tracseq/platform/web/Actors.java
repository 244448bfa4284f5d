package org.tracseq.platform.web;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** Who is making a request, for audit records. */
public final class Actors {
    public static final String ANONYMOUS = "anonymous";

    private Actors() {}

    public static String of(SecurityContext securityContext) {
        Principal principal = securityContext == null ? null : securityContext.getUserPrincipal();
        return principal == null || principal.getName() == null ? ANONYMOUS : principal.getName();
    }
}
