package org.tracseq.qaqc.it;

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
        SecurityMatrix.of("qaqc").assertEnforced(QcFixture::rowCounts);
    }

    @Test
    void aTechnicianRecordsButOnlyAnAdministratorChangesThresholds() {
        var before = QcFixture.rowCounts();
        assertProblem(
                QcFixture.as(Role.LAB_TECHNICIAN)
                        .body("{\"metric\":\"rin\",\"appliesTo\":\"rna\",\"unit\":\"RIN\",\"passMin\":1}")
                        .post("/definitions")
                        .andReturn(),
                403);
        assertProblem(
                QcFixture.record(Role.RESEARCH_SCIENTIST, "{\"barcode\":\"X\",\"metric\":\"rin\",\"value\":8}"), 403);
        assertThat(QcFixture.rowCounts()).isEqualTo(before);
    }
}
