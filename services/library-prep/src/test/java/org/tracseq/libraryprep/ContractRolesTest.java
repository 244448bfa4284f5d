package org.tracseq.libraryprep;

import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.ContractRoles;

/** Every resource method's @RolesAllowed / @PermitAll is what openapi/library-prep.yaml publishes (x-roles, security: []). */
class ContractRolesTest {
    @Test
    void guardsAreTheContracts() {
        ContractRoles.assertGuardsMatch("library-prep");
    }
}
