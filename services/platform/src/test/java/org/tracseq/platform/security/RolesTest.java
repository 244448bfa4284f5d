package org.tracseq.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** DOMAIN.md "Roles": the order, and the groups a token carries so @RolesAllowed admits higher roles. */
class RolesTest {

    @Test
    void rolesAreOrderedLowestFirst() {
        assertThat(Arrays.stream(Role.values()).map(Role::wireValue))
                .containsExactly(
                        "guest",
                        "data_analyst",
                        "research_scientist",
                        "lab_technician",
                        "principal_investigator",
                        "lab_administrator");
        assertThat(Role.PRINCIPAL_INVESTIGATOR.atLeast(Role.LAB_TECHNICIAN)).isTrue();
        assertThat(Role.LAB_TECHNICIAN.atLeast(Role.LAB_TECHNICIAN)).isTrue();
        assertThat(Role.DATA_ANALYST.atLeast(Role.RESEARCH_SCIENTIST)).isFalse();
    }

    @Test
    void groupsAreTheRoleAndEveryLowerOne() {
        assertThat(Role.GUEST.groups()).containsExactly("guest");
        assertThat(Role.LAB_TECHNICIAN.groups())
                .containsExactly("guest", "data_analyst", "research_scientist", "lab_technician");
        assertThat(Role.LAB_ADMINISTRATOR.groups()).hasSize(6);
    }

    @Test
    void anEndpointForLabTechniciansAdmitsEveryoneAboveAndNobodyBelow() {
        for (Role role : Role.values()) {
            assertThat(role.groups().contains("lab_technician"))
                    .as(role.wireValue())
                    .isEqualTo(role.atLeast(Role.LAB_TECHNICIAN));
        }
    }

    @Test
    void wireValuesRoundTripAndUnknownOnesAreEmpty() {
        for (Role role : Role.values()) {
            assertThat(Role.fromWire(role.wireValue())).contains(role);
        }
        assertThat(Role.fromWire("LAB_ADMINISTRATOR")).isEmpty();
        assertThat(Role.fromWire("root")).isEmpty();
    }

    @Test
    void annotationConstantsAreTheWireValues() {
        assertThat(java.util.List.of(
                        Roles.GUEST,
                        Roles.DATA_ANALYST,
                        Roles.RESEARCH_SCIENTIST,
                        Roles.LAB_TECHNICIAN,
                        Roles.PRINCIPAL_INVESTIGATOR,
                        Roles.LAB_ADMINISTRATOR))
                .containsExactlyElementsOf(
                        Arrays.stream(Role.values()).map(Role::wireValue).toList());
    }
}
