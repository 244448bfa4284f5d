package org.tracseq.storage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import java.util.List;
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
        SecurityMatrix.of("storage").assertEnforced(StorageFixture::allRows);
    }

    @Test
    void aTechnicianPlacesButOnlyAPrincipalInvestigatorBuildsTheHierarchy() {
        var before = StorageFixture.allRows();
        assertProblem(
                TracSeqServer.requestAs(Role.LAB_TECHNICIAN)
                        .body("{\"kind\": \"facility\", \"name\": \"x\"}")
                        .post("/locations"),
                403);
        assertProblem(
                TracSeqServer.requestAs(Role.RESEARCH_SCIENTIST).body("{}").post("/placements"), 403);
        assertThat(StorageFixture.allRows()).isEqualTo(before);
        List<String> chain = StorageFixture.unit(StorageFixture.token(), "freezer", "minus_80");
        assertThat(chain).hasSize(4);
    }
}
