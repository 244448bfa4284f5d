package org.tracseq.barcodes.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.ContractConformance;
import org.tracseq.platform.testing.TracSeqServer;

/** The running service serves exactly the operations and responses of openapi/barcodes.yaml. */
class ContractIT {

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void servedOpenApiMatchesTheContract() {
        ContractConformance.assertMatches("barcodes");
    }
}
