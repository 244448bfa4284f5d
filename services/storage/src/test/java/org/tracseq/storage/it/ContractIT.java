package org.tracseq.storage.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.ContractConformance;
import org.tracseq.platform.testing.TracSeqServer;

/** The running service serves exactly the operations and responses of openapi/storage.yaml. */
class ContractIT {

    @BeforeAll
    static void serverIsReady() {
        TracSeqServer.awaitReady();
    }

    @Test
    void theServedApiIsTheContract() {
        ContractConformance.assertMatches("storage");
    }
}
