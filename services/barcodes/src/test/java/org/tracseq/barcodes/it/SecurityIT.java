package org.tracseq.barcodes.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.barcodes.it.Fixtures.freshPrefix;
import static org.tracseq.barcodes.it.Fixtures.rowCounts;
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
        SecurityMatrix.of("barcodes").assertEnforced(Fixtures::rowCounts);
    }

    @Test
    void aGuestMayLookUpButNotIssue() {
        String prefix = freshPrefix();
        var before = rowCounts();
        assertProblem(
                TracSeqServer.requestAs(Role.GUEST)
                        .body("{\"prefix\":\"" + prefix + "\"}")
                        .post("/generate")
                        .andReturn(),
                403);
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(TracSeqServer.requestAs(Role.GUEST)
                        .queryParam("barcode", "TS-1")
                        .get("/validate")
                        .statusCode())
                .isEqualTo(200);
    }
}
