package org.tracseq.auth;

import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.ContractRoles;

/** Every resource method's @RolesAllowed / @PermitAll is what openapi/auth.yaml publishes (x-roles, security: []). */
class ContractRolesTest {
    @Test
    void guardsAreTheContracts() {
        ContractRoles.assertGuardsMatch("auth");
    }
}
