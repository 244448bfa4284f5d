package org.tracseq.libraryprep.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.Map;
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
        SecurityMatrix.of("library-prep").assertEnforced(LibraryPrepFixture::allRows);
    }

    @Test
    void aTechnicianMakesLibrariesButOnlyAnAdministratorImportsKits() {
        List<Long> before = LibraryPrepFixture.allRows();
        assertProblem(
                TracSeqServer.requestAs(Role.PRINCIPAL_INVESTIGATOR)
                        .body(Map.of("csv", "[Kit]\nname,x\n"))
                        .post("/kits"),
                403);
        assertProblem(
                TracSeqServer.requestAs(Role.RESEARCH_SCIENTIST).body("{}").post("/libraries"), 403);
        assertProblem(
                TracSeqServer.requestAs(Role.RESEARCH_SCIENTIST).body("{}").post("/plates"), 403);
        assertThat(LibraryPrepFixture.allRows()).isEqualTo(before);
    }
}
