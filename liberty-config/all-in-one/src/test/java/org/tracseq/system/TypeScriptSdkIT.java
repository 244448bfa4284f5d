package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The TypeScript SDK against the running system: node's own test runner runs src/test/node (copied
 * with the SDK's packed tarball installed beside it, see the pom) as the seeded administrator. Run
 * from here rather than from an exec of the build, so that a failure fails the build at verify,
 * after the server was stopped, as every other system test does.
 */
@MicroShedTest
class TypeScriptSdkIT {

    @Test
    void nodeTestsPassThroughTheTypeScriptSdk() throws IOException, InterruptedException {
        TracSeqServer.awaitReady();
        Path tests = Path.of(System.getProperty("its.node.tests"));
        Path log = tests.resolve("node-test.log");
        ProcessBuilder node = new ProcessBuilder("node", "--test", "sdk.test.mjs")
                .directory(tests.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("TRACSEQ_URL", TracSeqServer.rootUrl());
        node.environment().put("TRACSEQ_USERNAME", System.getProperty("its.admin.username"));
        node.environment().put("TRACSEQ_PASSWORD", System.getProperty("its.admin.password"));

        Process run = node.start();
        boolean finished = run.waitFor(2, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }
        String output = Files.readString(log);

        System.out.println(output);
        assertThat(finished)
                .as("node --test finished within 2 minutes:%n%s", output)
                .isTrue();
        assertThat(run.exitValue()).as(output).isZero();
    }
}
