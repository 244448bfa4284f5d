package org.tracseq.qaqc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The projections follow the samples and library-prep events by version: a newer event changes a
 * sample, a late (older) one does not, and a repeated one changes nothing.
 */
class ProjectionsIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void aSamplesBarcodeAndStatusFollowItsEventsByVersion() {
        QcFixture.Known sample = QcFixture.sample("dna");
        String relabelled = QcFixture.freshBarcode("DNA");
        QcFixture.publish("samples.sample.updated", sample.id().toString(), 3, """
                {"sampleId":"%s","changes":[{"field":"barcode","from":"%s","to":"%s"}]}""".formatted(
                        sample.id(), sample.barcode(), relabelled));
        QcFixture.publish("samples.sample.status_changed", sample.id().toString(), 2, """
                {"sampleId":"%s","barcode":"%s","from":"validated","to":"in_storage"}""".formatted(
                        sample.id(), sample.barcode()));
        QcFixture.publish(
                "samples.sample.status_changed", sample.id().toString(), 4, """
                {"sampleId":"%s","barcode":"%s","from":"in_storage","to":"in_sequencing"}""".formatted(sample.id(), relabelled));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestDatabase.queryLong("SELECT version FROM qaqc.known_samples WHERE id = ?", sample.id())
                        == 4);
        assertThat(TestDatabase.queryLong(
                        "SELECT count(*) FROM qaqc.known_samples WHERE id = ? AND barcode = ? AND status = 'in_sequencing' AND type = 'dna'",
                        sample.id(),
                        relabelled))
                .isEqualTo(1);
        assertThat(QcFixture.recordByBarcode(relabelled, "volume", "20").statusCode())
                .isEqualTo(201);
        assertThat(QcFixture.recordByBarcode(sample.barcode(), "volume", "20").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aLibraryIsMatchedByItsTubeBarcodeAndJudgedAsALibrary() {
        QcFixture.Known sample = QcFixture.sample("dna");
        QcFixture.Known library = QcFixture.library(sample.id());
        var recorded = QcFixture.recordByBarcode(library.barcode(), "concentration", "4.2")
                .jsonPath();
        assertThat(recorded.getString("subjectKind")).isEqualTo("library");
        assertThat(recorded.getString("subjectId")).isEqualTo(library.id().toString());
        // A library's submitted concentration needs 5 ng/uL (QC-2); the DNA threshold is not used.
        assertThat(recorded.getString("outcome")).isEqualTo("fail");
        assertThat(UUID.fromString(recorded.getString("definitionId"))).isNotNull();
    }
}
