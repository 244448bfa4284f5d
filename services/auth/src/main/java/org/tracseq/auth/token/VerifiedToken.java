package org.tracseq.auth.token;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tracseq.auth.domain.Role;

/** The claims of an access token whose signature, issuer, audience and lifetime were checked. */
public record VerifiedToken(UUID subject, String upn, List<String> groups, UUID sessionId, String jwtId,
                            Instant expiresAt) {

    /** The highest role in {@code groups} (tokens carry the role and every lower one). */
    public Role role() {
        return groups.stream().map(Role::fromWire).flatMap(java.util.Optional::stream)
                .max(Enum::compareTo).orElse(Role.GUEST);
    }
}
