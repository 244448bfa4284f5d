package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * A node program run against this suite's server as the seeded administrator ({@code TRACSEQ_URL},
 * {@code TRACSEQ_USERNAME}, {@code TRACSEQ_PASSWORD}) by a system test: its output goes to a log file
 * and to the test's output, and the test fails unless it ends in time with status 0. Run from a
 * test rather than from an exec of the build, so that a failure fails the build at verify, after
 * the server was stopped, as every other system test does.
 */
final class NodeRun {
    private NodeRun() {}

    static void succeeds(Path directory, Path log, Duration limit, String... arguments)
            throws IOException, InterruptedException {
        ProcessBuilder node = new ProcessBuilder(arguments)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment()
                .putAll(Map.of(
                        "TRACSEQ_URL", TracSeqServer.rootUrl(),
                        "TRACSEQ_USERNAME", SeededAdmin.username(),
                        "TRACSEQ_PASSWORD", SeededAdmin.password()));

        Process run = node.start();
        boolean finished = run.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            run.destroyForcibly();
        }
        String output = Files.readString(log);

        System.out.println(output);
        assertThat(finished)
                .as("%s finished within %s:%n%s", String.join(" ", arguments), limit, output)
                .isTrue();
        assertThat(run.exitValue()).as(output).isZero();
    }
}
