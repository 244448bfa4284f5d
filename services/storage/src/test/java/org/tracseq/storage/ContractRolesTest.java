package org.tracseq.storage;

import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.ContractRoles;

/** Every resource method's @RolesAllowed / @PermitAll is what openapi/storage.yaml publishes (x-roles, security: []). */
class ContractRolesTest {
    @Test
    void guardsAreTheContracts() {
        ContractRoles.assertGuardsMatch("storage");
    }
}
