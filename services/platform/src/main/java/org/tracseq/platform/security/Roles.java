package org.tracseq.platform.security;

/**
 * The {@link Role} wire values as compile-time constants, for {@code @RolesAllowed}. A token's
 * {@code groups} hold its role and every lower one, so {@code @RolesAllowed(Roles.LAB_TECHNICIAN)}
 * admits principal investigators and administrators too.
 */
public final class Roles {
    public static final String GUEST = "guest";
    public static final String DATA_ANALYST = "data_analyst";
    public static final String RESEARCH_SCIENTIST = "research_scientist";
    public static final String LAB_TECHNICIAN = "lab_technician";
    public static final String PRINCIPAL_INVESTIGATOR = "principal_investigator";
    public static final String LAB_ADMINISTRATOR = "lab_administrator";

    private Roles() {}
}
