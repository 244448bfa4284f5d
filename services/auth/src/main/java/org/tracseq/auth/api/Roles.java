package org.tracseq.auth.api;

/** Role names as annotation constants ({@code @RolesAllowed} needs compile-time strings). */
final class Roles {
    static final String LAB_ADMINISTRATOR = "lab_administrator";

    private Roles() {
    }
}
