package org.tracseq.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ordered roles of DOMAIN.md, lowest first: a higher role may do what a lower one may. The
 * declaration order is the ordering; nothing else may be relied on.
 */
public enum Role {
    GUEST,
    DATA_ANALYST,
    RESEARCH_SCIENTIST,
    LAB_TECHNICIAN,
    PRINCIPAL_INVESTIGATOR,
    LAB_ADMINISTRATOR;

    /** The wire and token value, e.g. {@code lab_technician}. */
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromWire(String value) {
        return Arrays.stream(values())
                .filter(role -> role.wireValue().equals(value))
                .findFirst();
    }

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    /**
     * The token's {@code groups}: this role and every lower one, so that a service guarding an
     * endpoint with {@code @RolesAllowed("lab_technician")} admits every role above it too, without
     * knowing the ordering.
     */
    public List<String> groups() {
        return Arrays.stream(values())
                .filter(this::atLeast)
                .map(Role::wireValue)
                .toList();
    }
}
