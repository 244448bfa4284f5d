package org.tracseq.auth.service;

import java.util.UUID;
import org.tracseq.auth.domain.Actor;
import org.tracseq.auth.domain.ServicePrincipal;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.security.VerifiedToken;

/**
 * The authenticated principal of a request, from its verified access token: a user (with the
 * session the token belongs to) or a service principal (no session).
 */
public record Caller(UUID id, String upn, Role role, UUID sessionId) {

    /** The caller a verified token names; a token without a TracSeq role is a guest. */
    public static Caller of(VerifiedToken token) {
        return new Caller(
                UUID.fromString(token.getSubject()),
                token.upn(),
                token.role().orElse(Role.GUEST),
                token.sessionId().map(UUID::fromString).orElse(null));
    }

    public boolean isServicePrincipal() {
        return upn.startsWith(ServicePrincipal.UPN_PREFIX);
    }

    public boolean hasGroup(String group) {
        return role.groups().contains(group);
    }

    public Actor actor() {
        return new Actor(upn, id.toString());
    }
}
