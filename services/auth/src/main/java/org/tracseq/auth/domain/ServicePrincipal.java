package org.tracseq.auth.domain;

import java.time.Instant;
import java.util.UUID;
import org.tracseq.platform.security.Role;

/** An instrument or integration that signs in with an API key and always has the same role. */
public record ServicePrincipal(
        UUID id,
        String name,
        String description,
        Role role,
        String keyPrefix,
        Instant createdAt,
        String createdBy,
        Instant lastUsedAt,
        Instant revokedAt,
        String revokedBy) {
    /** Tokens of service principals carry {@code upn = svc:NAME}, so they never pass for a user. */
    public static final String UPN_PREFIX = "svc:";
    /** Administration is for people; an instrument's key must never be able to change accounts. */
    public static final Role HIGHEST_ROLE = Role.PRINCIPAL_INVESTIGATOR;

    public String upn() {
        return UPN_PREFIX + name;
    }
}
