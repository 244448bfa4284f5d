package org.tracseq.auth.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;

/** DOMAIN.md "Roles": service principals are for instruments and integrations, never administration. */
class ServicePrincipalRoleTest {

    @Test
    void servicePrincipalsStopBelowAdministration() {
        assertThat(ServicePrincipal.HIGHEST_ROLE.atLeast(Role.LAB_ADMINISTRATOR))
                .isFalse();
        assertThat(ServicePrincipal.HIGHEST_ROLE.atLeast(Role.PRINCIPAL_INVESTIGATOR))
                .isTrue();
    }
}
