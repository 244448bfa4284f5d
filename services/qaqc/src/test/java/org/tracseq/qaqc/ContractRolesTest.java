package org.tracseq.qaqc;

import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.ContractRoles;

/** Every resource method's @RolesAllowed / @PermitAll is what openapi/qaqc.yaml publishes (x-roles, security: []). */
class ContractRolesTest {
    @Test
    void guardsAreTheContracts() {
        ContractRoles.assertGuardsMatch("qaqc");
    }
}
