package org.tracseq.qaqc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * A sample the projection has not heard of (its event not consumed yet, or older than this
 * service) is asked of the samples service (running on the same test server) and remembered.
 * The samples here are written straight into the samples service's table, so no event announces
 * them and only the fallback can find them.
 */
class SamplesFallbackIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void aBarcodeTheProjectionLacksIsAskedOfSamplesAndRemembered() {
        UUID id = unannouncedSample("rna");
        String barcode = barcodeOf(id);
        JsonPath result = QcFixture.recordByBarcode(barcode, "rin", "9.1").jsonPath();
        assertThat(result.getString("subjectId")).isEqualTo(id.toString());
        assertThat(result.getString("outcome")).isEqualTo("pass");
        assertThat(TestDatabase.queryLong(
                        "SELECT count(*) FROM qaqc.known_samples WHERE id = ? AND type = 'rna' AND version = 0", id))
                .isEqualTo(1);
    }

    @Test
    void anIdTheProjectionLacksIsAskedOfSamplesToo() {
        UUID id = unannouncedSample("dna");
        JsonPath result =
                QcFixture.record(QcFixture.MEASURER, """
                        {"subjectKind":"sample","subjectId":"%s","metric":"volume","value":12}""".formatted(id)).jsonPath();
        assertThat(result.getString("barcode")).isEqualTo(barcodeOf(id));
        assertThat(result.getString("outcome")).isEqualTo("pass");
    }

    @Test
    void anImportAsksSamplesOnceForAllItsUnknownBarcodes() {
        UUID first = unannouncedSample("dna");
        UUID second = unannouncedSample("dna");
        String content = "Sample Name,260/280\n" + barcodeOf(first) + ",1.9\n" + barcodeOf(second) + ",1.7\n";
        JsonPath report = QcFixture.as(QcFixture.MEASURER)
                .body(Map.of("format", "nanodrop", "content", content))
                .post("/imports")
                .jsonPath();
        assertThat(report.getList("results.subjectId")).containsExactly(first.toString(), second.toString());
        assertThat(report.getList("results.outcome")).containsExactly("pass", "fail");
    }

    @Test
    void aSampleNobodyKnowsIsNotFound() {
        var before = QcFixture.rowCounts();
        assertProblem(QcFixture.recordByBarcode(QcFixture.freshBarcode("NONE"), "rin", "9"), 404);
        assertProblem(QcFixture.record(QcFixture.MEASURER, """
                        {"subjectKind":"sample","subjectId":"%s","metric":"rin","value":9}""".formatted(UUID.randomUUID())), 404);
        assertThat(QcFixture.rowCounts()).isEqualTo(before);
    }

    private static String barcodeOf(UUID id) {
        return "QCIT-FB-" + id.toString().substring(0, 8).toUpperCase();
    }

    private static UUID unannouncedSample(String type) {
        UUID id = UUID.randomUUID();
        try (Connection connection = TestDatabase.connect();
                PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO samples.samples (id, barcode, name, "
                                + "type, status, created_at, created_by, updated_at) VALUES (?, ?, 'fallback', ?, 'validated', now(), "
                                + "'it', now())")) {
            insert.setObject(1, id);
            insert.setString(2, barcodeOf(id));
            insert.setString(3, type);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
