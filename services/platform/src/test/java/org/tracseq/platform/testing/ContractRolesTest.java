package org.tracseq.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracseq.guardfixture.ThingsResource;

/** Each way a resource's guards can differ from its contract is caught, and said plainly. */
class ContractRolesTest {
    private static final List<String> MISMATCHES =
            ContractRoles.mismatches(Contract.of("guardfixture"), List.of(ThingsResource.class));

    @Test
    void aLowestRoleOtherThanTheContractsIsCaught() {
        assertThat(MISMATCHES)
                .contains("POST /things (ThingsResource.createThing) admits [lab_technician, principal_investigator,"
                        + " lab_administrator] (@RolesAllowed [lab_technician]) but the contract says x-roles"
                        + " [research_scientist, lab_technician, principal_investigator, lab_administrator]");
    }

    @Test
    void anOpenMethodOfAGuardedOperationIsCaught() {
        assertThat(MISMATCHES)
                .anyMatch(line -> line.startsWith("GET /things/{id} (ThingsResource.getThing) is @PermitAll but the"
                        + " contract says x-roles [guest,"));
    }

    @Test
    void aMethodWithoutRolesIsCaught() {
        assertThat(MISMATCHES)
                .contains("DELETE /things/{id} (ThingsResource.deleteThing) admits any signed-in caller"
                        + " (@RolesAllowed []) but the contract says x-roles [lab_administrator]");
    }

    @Test
    void whatOnlyOneSideHasIsCaught() {
        assertThat(MISMATCHES)
                .contains(
                        "GET /extra (ThingsResource.extra) is not in the contract",
                        "POST /things/{id}/archive (archiveThing) has no resource method");
    }

    @Test
    void agreeingMethodsPass() {
        assertThat(MISMATCHES).hasSize(5).noneMatch(line -> line.contains("listThings") || line.contains("ping"));
    }
}
