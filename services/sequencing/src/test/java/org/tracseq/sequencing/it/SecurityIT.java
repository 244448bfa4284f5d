package org.tracseq.sequencing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.SecurityMatrix;
import org.tracseq.platform.testing.TracSeqServer;

/** Every operation refuses missing, invalid and too-weak tokens (docs/security.md), changing nothing. */
class SecurityIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void everyOperationFollowsTheRoleMatrix() {
        SecurityMatrix.of("sequencing").assertEnforced(SequencingFixture::rowCounts);
    }

    @Test
    void aTechnicianRunsTheLabButOnlyAnAdministratorRegistersInstruments() {
        var before = SequencingFixture.rowCounts();
        assertProblem(
                SequencingFixture.as(Role.LAB_TECHNICIAN)
                        .body("{\"name\":\"X\",\"serialNumber\":\"SN1\",\"platform\":\"miseq\"}")
                        .post("/instruments")
                        .andReturn(),
                403);
        assertProblem(
                SequencingFixture.as(Role.RESEARCH_SCIENTIST)
                        .body("{\"status\":\"submitted\"}")
                        .post("/runs/" + java.util.UUID.randomUUID() + "/status")
                        .andReturn(),
                403);
        assertThat(SequencingFixture.rowCounts()).isEqualTo(before);
    }
}
