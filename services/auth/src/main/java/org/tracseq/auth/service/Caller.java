package org.tracseq.auth.service;

import java.security.Principal;
import java.util.UUID;
import org.tracseq.auth.domain.Actor;
import org.tracseq.auth.domain.Role;
import org.tracseq.auth.domain.ServicePrincipal;

/**
 * The authenticated principal of a request, from its verified access token: a user (with the
 * session the token belongs to) or a service principal (no session).
 */
public record Caller(UUID id, String upn, Role role, UUID sessionId) implements Principal {

    @Override
    public String getName() {
        return upn;
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
