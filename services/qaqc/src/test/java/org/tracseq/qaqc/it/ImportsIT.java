package org.tracseq.qaqc.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The shipped example exports, with their barcodes swapped for this run's samples, import whole;
 * a file with any bad row is refused with every problem by row and records nothing.
 */
class ImportsIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    static String example(String name) {
        try (InputStream in = ImportsIT.class.getResourceAsStream("/instrument-files/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response importFile(String format, String content) {
        return QcFixture.as(QcFixture.MEASURER)
                .body(Map.of("format", format, "content", content, "fileName", format + ".csv", "instrument", "it"))
                .post("/imports")
                .andReturn();
    }

    @Test
    void qubitAndNanoDropExportsOfDnaAndALibrary() {
        QcFixture.Known first = QcFixture.sample("dna");
        QcFixture.Known second = QcFixture.sample("dna");
        QcFixture.Known library = QcFixture.library(first.id());
        String qubit = example("qubit4.csv")
                .replace("QC-DNA-0001", first.barcode())
                .replace("QC-DNA-0002", second.barcode())
                .replace("QC-LIB-0001", library.barcode());
        Response imported = importFile("qubit", qubit);
        assertThat(imported.statusCode()).isEqualTo(201);
        JsonPath report = imported.jsonPath();
        assertThat(report.getInt("rows")).isEqualTo(3);
        assertThat(report.getList("results.outcome")).containsExactly("pass", "pass", "pass");
        assertThat(report.getList("results.subjectKind")).containsExactly("sample", "sample", "library");

        String nanodrop = example("nanodrop-one.tsv")
                .replace("QC-DNA-0001", first.barcode())
                .replace("QC-DNA-0002", second.barcode());
        JsonPath purity = importFile("nanodrop", nanodrop).jsonPath();
        assertThat(purity.getList("results.metric"))
                .containsExactly("concentration", "a260_280", "a260_230", "concentration", "a260_280", "a260_230");
        assertThat(purity.getList("skipped")).isEmpty();
        assertThat(QcFixture.as(QcFixture.VERIFIER)
                        .get("/results/" + purity.getString("results[0].resultId"))
                        .jsonPath()
                        .getString("importId"))
                .isEqualTo(purity.getString("importId"));
    }

    @Test
    void tapeStationAndBioanalyzerExportsOfRna() {
        QcFixture.Known intact = QcFixture.sample("rna");
        QcFixture.Known ffpe = QcFixture.sample("rna");
        JsonPath rine = importFile(
                        "tapestation",
                        example("tapestation-compactSampleTable.csv")
                                .replace("QC-RNA-0001", intact.barcode())
                                .replace("QC-RNA-0002", ffpe.barcode()))
                .jsonPath();
        assertThat(rine.getList("results.metric")).containsExactly("rin", "rin");
        assertThat(rine.getList("results.outcome")).containsExactly("pass", "fail");
        // The RNA's concentration has no definition: reported, not recorded.
        assertThat(rine.getList("skipped.metric")).containsExactly("concentration", "concentration");

        JsonPath dv200 = importFile(
                        "tapestation",
                        example("tapestation-compactRegionTable.csv")
                                .replace("QC-RNA-0001", intact.barcode())
                                .replace("QC-RNA-0002", ffpe.barcode()))
                .jsonPath();
        assertThat(dv200.getList("results.metric")).containsExactly("dv200", "dv200");
        assertThat(dv200.getList("results.outcome")).containsExactly("pass", "pass");

        JsonPath bioanalyzer = importFile(
                        "bioanalyzer",
                        example("bioanalyzer-rna-nano.csv")
                                .replace("QC-RNA-0001", intact.barcode())
                                .replace("QC-RNA-0002", ffpe.barcode()))
                .jsonPath();
        assertThat(bioanalyzer.getList("results.metric")).containsExactly("rin", "rin", "dv200");
        assertThat(bioanalyzer.getList("results.outcome")).containsExactly("pass", "fail", "pass");
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithARowReport() {
        QcFixture.Known dna = QcFixture.sample("dna");
        String content = """
                Sample Name,Nucleic Acid Conc.,Unit,260/280,260/230
                %s,120.5,ng/µl,1.9,2.1
                QCIT-UNKNOWN-%s,80,ng/µl,1.8,2.0
                %s,n/a,ng/µl,1.9,2.0
                """.formatted(dna.barcode(), UUID.randomUUID(), dna.barcode());
        var before = QcFixture.rowCounts();
        Response refused = importFile("nanodrop", content);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<String> fields = refused.jsonPath().getList("errors.field");
        assertThat(fields).containsExactly("rows[2].barcode", "rows[3].concentration");
        assertThat(QcFixture.rowCounts()).isEqualTo(before);
    }

    @Test
    void aRepeatedImportWithItsKeyIsRecordedOnce() {
        QcFixture.Known dna = QcFixture.sample("dna");
        String key = UUID.randomUUID().toString();
        Map<String, String> body =
                Map.of("format", "nanodrop", "content", "Sample Name,260/280\n" + dna.barcode() + ",1.9\n");
        Response first = QcFixture.as(QcFixture.MEASURER)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/imports");
        Response again = QcFixture.as(QcFixture.MEASURER)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/imports");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.jsonPath().getString("importId"))
                .isEqualTo(first.jsonPath().getString("importId"));
        assertThat(QcFixture.as(QcFixture.VERIFIER)
                        .get("/samples/" + dna.id() + "/summary")
                        .jsonPath()
                        .getList("results"))
                .hasSize(1);
    }
}
