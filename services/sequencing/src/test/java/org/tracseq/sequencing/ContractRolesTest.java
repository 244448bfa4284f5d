package org.tracseq.sequencing;

import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.ContractRoles;

/** Every resource method's @RolesAllowed / @PermitAll is what openapi/sequencing.yaml publishes (x-roles, security: []). */
class ContractRolesTest {
    @Test
    void guardsAreTheContracts() {
        ContractRoles.assertGuardsMatch("sequencing");
    }
}
