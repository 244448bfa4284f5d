package org.tracseq.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The command-line tools that read docker/'s files, run as an operator runs them. */
final class Tools {
    private Tools() {}

    /**
     * Runs {@code command} in {@code directory} and returns what it printed, failing the test with that
     * output when it exits non-zero, and with the Debian package to install when the tool is missing.
     */
    static String run(String debianPackage, Path directory, String... command) {
        if (!onPath(command[0])) {
            fail(command[0] + " is not installed: it comes with Debian's package " + debianPackage
                    + " (apt-get install " + debianPackage + "; .ci/install-tools installs it)");
        }
        try {
            Process process = new ProcessBuilder(List.of(command))
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as(String.join(" ", command))
                    .isTrue();
            assertThat(process.exitValue())
                    .as("%s in %s:%n%s", String.join(" ", command), directory, output)
                    .isZero();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean onPath(String executable) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, executable))
                .anyMatch(Files::isExecutable);
    }
}
