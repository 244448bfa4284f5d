package org.tracseq.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * What a resource method demands of its caller, from its own or its class's annotations: nothing
 * ({@link PermitAll}), one of some roles ({@link RolesAllowed}), or, with neither, any signed-in
 * principal (so a forgotten annotation never opens an endpoint).
 *
 * @param roles empty when any signed-in principal will do
 */
public record Guard(boolean open, List<String> roles) {

    public static Guard of(Method method) {
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        boolean open = method.isAnnotationPresent(PermitAll.class)
                || method.getDeclaringClass().isAnnotationPresent(PermitAll.class)
                        && !method.isAnnotationPresent(RolesAllowed.class);
        return new Guard(open, roles == null ? List.of() : List.of(roles.value()));
    }

    public boolean admits(VerifiedToken token) {
        return roles.isEmpty() || roles.stream().anyMatch(token::hasGroup);
    }

    /** The lowest role admitted, when the method names roles. */
    public Optional<Role> lowestRole() {
        return roles.stream().map(Role::fromWire).flatMap(Optional::stream).min(Enum::compareTo);
    }
}
