package org.tracseq.samples.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.samples.it.SamplesFixture.allRows;
import static org.tracseq.samples.it.SamplesFixture.barcode;
import static org.tracseq.samples.it.SamplesFixture.createId;
import static org.tracseq.samples.it.SamplesFixture.token;

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
        SecurityMatrix.of("samples").assertEnforced(SamplesFixture::allRows);
    }

    @Test
    void aResearchScientistRegistersButALabTechnicianMovesSamplesOn() {
        String token = token();
        String id = createId("SEC-" + token, barcode(token, 1), "50");
        var before = allRows();
        assertProblem(
                TracSeqServer.requestAs(Role.RESEARCH_SCIENTIST)
                        .body("{\"status\":\"validated\"}")
                        .post("/" + id + "/status")
                        .andReturn(),
                403);
        assertThat(allRows()).isEqualTo(before);
        assertThat(TracSeqServer.requestAs(Role.LAB_TECHNICIAN)
                        .body("{\"status\":\"validated\"}")
                        .post("/" + id + "/status")
                        .statusCode())
                .isEqualTo(200);
        assertThat(TracSeqServer.requestAs(Role.GUEST).get("/" + id).jsonPath().getString("status"))
                .isEqualTo("validated");
    }
}
