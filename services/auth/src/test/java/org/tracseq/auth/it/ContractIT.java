package org.tracseq.auth.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.ContractConformance;
import org.tracseq.platform.testing.TracSeqServer;

/** The running service serves exactly the operations and status codes of openapi/auth.yaml. */
class ContractIT {

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void servedApiMatchesTheContract() {
        ContractConformance.assertMatches("auth");
    }
}
