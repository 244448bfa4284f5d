package org.tracseq.system;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The TypeScript SDK against the running system: node's own test runner runs src/test/node (copied
 * with the SDK's packed tarball installed beside it, see the pom) as the seeded administrator.
 */
@MicroShedTest
class TypeScriptSdkIT {

    @Test
    void nodeTestsPassThroughTheTypeScriptSdk() throws IOException, InterruptedException {
        TracSeqServer.awaitReady();
        Path tests = Path.of(System.getProperty("its.node.tests"));
        NodeRun.succeeds(
                tests, tests.resolve("node-test.log"), Duration.ofMinutes(2), "node", "--test", "sdk.test.mjs");
    }
}
