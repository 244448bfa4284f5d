package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * An ordinary refusal thrown from a transaction rolls it back without an FFDC incident report
 * (platform QuietRefusals). Liberty writes a report for the first of each kind of exception that
 * rolls a transaction back (later ones it only counts), so one refusal is enough to produce one, and
 * no report in the server's directory may name a refusal, this test's or any earlier test's.
 */
@MicroShedTest
class QuietRefusalsIT {
    private static final Path INCIDENTS = Path.of("target/liberty-usr/servers/all-in-one/logs/ffdc");

    @Test
    void aRefusalFromATransactionWritesNoIncidentReport() throws IOException {
        TracSeqServer.awaitReady();
        // SampleService.update is @Transactional and refuses an unknown sample inside it.
        SeededAdmin.through(SeededAdmin.logIn())
                .contentType("application/merge-patch+json")
                .body("{\"name\":\"renamed\"}")
                .patch("/samples/" + UUID.randomUUID())
                .then()
                .statusCode(404);

        assertThat(incidents()).noneMatch(QuietRefusalsIT::namesARefusal);
    }

    private static List<Path> incidents() throws IOException {
        if (!Files.isDirectory(INCIDENTS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(INCIDENTS)) {
            return files.filter(file -> file.getFileName().toString().startsWith("ffdc_"))
                    .toList();
        }
    }

    private static boolean namesARefusal(Path report) {
        try {
            return Files.readString(report).contains("Exception = org.tracseq.platform.problem.");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
