package org.tracseq.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

/** What a resource method demands: open, roles, or (with no annotation) any signed-in principal. */
class GuardTest {

    static class Resource {
        @PermitAll
        public void open() {}

        @RolesAllowed({Roles.LAB_TECHNICIAN, Roles.DATA_ANALYST})
        public void either() {}

        public void forgotten() {}
    }

    @RolesAllowed(Roles.LAB_ADMINISTRATOR)
    static class AdminResource {
        public void inherited() {}

        @PermitAll
        public void exception() {}
    }

    @PermitAll
    static class OpenResource {
        @RolesAllowed(Roles.GUEST)
        public void closedAgain() {}
    }

    @Test
    void permitAllOpensAndRolesAllowedNamesTheRoles() throws Exception {
        assertThat(Guard.of(Resource.class.getMethod("open")).open()).isTrue();
        Guard either = Guard.of(Resource.class.getMethod("either"));
        assertThat(either.open()).isFalse();
        assertThat(either.lowestRole()).contains(Role.DATA_ANALYST);
    }

    @Test
    void aMethodWithoutAnnotationsNeedsASignedInPrincipalNotNothing() throws Exception {
        Guard forgotten = Guard.of(Resource.class.getMethod("forgotten"));
        assertThat(forgotten.open()).isFalse();
        assertThat(forgotten.roles()).isEmpty();
        assertThat(forgotten.lowestRole()).isEmpty();
    }

    @Test
    void theMethodsAnnotationWinsOverItsClass() throws Exception {
        assertThat(Guard.of(AdminResource.class.getMethod("inherited")).roles())
                .containsExactly(Roles.LAB_ADMINISTRATOR);
        assertThat(Guard.of(AdminResource.class.getMethod("exception")).open()).isTrue();
        Guard closed = Guard.of(OpenResource.class.getMethod("closedAgain"));
        assertThat(closed.open()).isFalse();
        assertThat(closed.lowestRole()).contains(Role.GUEST);
    }
}
