package org.tracseq.qaqc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;
import static org.tracseq.qaqc.it.QcFixture.MEASURER;
import static org.tracseq.qaqc.it.QcFixture.VERIFIER;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/** Recording (judged at once, QC-1), verifying (QC-3) and the sample's summary. */
class ResultsIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void aMeasurementIsJudgedAtOnceByItsSamplesType() {
        QcFixture.Known rna = QcFixture.sample("rna");
        Response fail = QcFixture.recordByBarcode(rna.barcode(), "rin", "5");
        assertThat(fail.statusCode()).isEqualTo(201);
        JsonPath result = fail.jsonPath();
        assertThat(result.getString("outcome")).isEqualTo("fail");
        assertThat(result.getString("subjectKind")).isEqualTo("sample");
        assertThat(result.getString("subjectId")).isEqualTo(rna.id().toString());
        assertThat(result.getString("unit")).isEqualTo("RIN");
        assertThat(result.getBoolean("verified")).isFalse();
        assertThat(result.getString("measuredBy")).isEqualTo(TestTokens.upnOf(MEASURER));

        Response pass = QcFixture.record(MEASURER, """
                {"subjectKind":"sample","subjectId":"%s","metric":"rin","value":7.0,"instrument":"TapeStation 4200"}""".formatted(rna.id()));
        assertThat(pass.jsonPath().getString("outcome")).isEqualTo("pass");
        assertThat(pass.jsonPath().getString("instrument")).isEqualTo("TapeStation 4200");
    }

    @Test
    void resultsAreListedNewestFirstByOutcomeAndSinceATime() {
        QcFixture.Known rna = QcFixture.sample("rna");
        String failed = QcFixture.recordedId(rna.barcode(), "rin", "5");
        String passed = QcFixture.recordedId(rna.barcode(), "rin", "8.1");

        JsonPath fails = QcFixture.as(Role.GUEST)
                .queryParam("outcome", "fail", "panic")
                .queryParam(
                        "measuredFrom", OffsetDateTime.now().minusMinutes(10).toString())
                .queryParam("size", 500)
                .get("/results")
                .jsonPath();
        assertThat(fails.getList("items.id")).contains(failed).doesNotContain(passed);
        assertThat(fails.getList("items.outcome", String.class))
                .allMatch(outcome -> outcome.equals("fail") || outcome.equals("panic"));
        assertThat(fails.getLong("total")).isGreaterThanOrEqualTo(1);

        JsonPath all =
                QcFixture.as(Role.GUEST).queryParam("size", 2).get("/results").jsonPath();
        assertThat(all.getList("items.id")).containsExactly(passed, failed);

        JsonPath later = QcFixture.as(Role.GUEST)
                .queryParam("measuredFrom", OffsetDateTime.now().plusMinutes(10).toString())
                .get("/results")
                .jsonPath();
        assertThat(later.getLong("total")).isZero();
    }

    @Test
    void resultsAwaitingVerificationAreListedTillTheyHaveThemAllImportedOnesToo() {
        String metric = QcFixture.define("dna", "\"passMin\": 1, \"verificationsRequired\": 2");
        QcFixture.Known dna = QcFixture.sample("dna");
        String complete = QcFixture.recordedId(dna.barcode(), metric, "3");
        String halfway = QcFixture.recordedId(dna.barcode(), metric, "4");
        String untouched = QcFixture.recordedId(dna.barcode(), metric, "0.5");
        assertThat(QcFixture.verify(VERIFIER, complete).statusCode()).isEqualTo(200);
        assertThat(QcFixture.verify(Role.LAB_ADMINISTRATOR, complete).statusCode())
                .isEqualTo(200);
        assertThat(QcFixture.verify(VERIFIER, halfway).statusCode()).isEqualTo(200);
        // An instrument file publishes no event per result, and its results await verification all the same.
        QcFixture.Known imported = QcFixture.sample("dna");
        Response file = ImportsIT.importFile("nanodrop", "Sample Name,260/280\n" + imported.barcode() + ",1.9\n");
        assertThat(file.statusCode()).isEqualTo(201);
        String fromFile = file.jsonPath().getString("results[0].resultId");

        List<String> ours = List.of(complete, halfway, untouched, fromFile);
        assertThat(awaiting().getList("items.id", String.class).stream().filter(ours::contains))
                .containsExactly(fromFile, untouched, halfway);
        JsonPath all = QcFixture.as(Role.GUEST)
                .queryParam("awaitingVerification", false)
                .queryParam("size", 4)
                .get("/results")
                .jsonPath();
        assertThat(all.getList("items.id")).containsExactly(fromFile, untouched, halfway, complete);

        assertThat(QcFixture.verify(VERIFIER, fromFile).statusCode()).isEqualTo(200);
        JsonPath after = awaiting();
        assertThat(after.getList("items.id")).doesNotContain(fromFile, complete).contains(halfway, untouched);
        assertThat(after.getList("items.verified", Boolean.class)).containsOnly(false);
        assertThat(after.getLong("total")).isGreaterThanOrEqualTo(2);

        assertProblem(
                QcFixture.as(Role.GUEST)
                        .queryParam("awaitingVerification", "yes")
                        .get("/results")
                        .andReturn(),
                400);
    }

    /** The results awaiting verification, newest first, as anyone (a guest) may read them. */
    private static JsonPath awaiting() {
        Response response = QcFixture.as(Role.GUEST)
                .queryParam("awaitingVerification", true)
                .queryParam("size", 500)
                .get("/results")
                .andReturn();
        assertThat(response.statusCode()).isEqualTo(200);
        return response.jsonPath();
    }

    @Test
    void aFailOnASampleShowsOnItsSummaryAndAReMeasurementReplacesItThere() {
        QcFixture.Known rna = QcFixture.sample("rna");
        String failed = QcFixture.recordedId(rna.barcode(), "rin", "5");
        JsonPath summary = QcFixture.as(Role.GUEST)
                .get("/samples/" + rna.id() + "/summary")
                .jsonPath();
        assertThat(summary.getString("standing")).isEqualTo("fail");
        assertThat(summary.getString("barcode")).isEqualTo(rna.barcode());

        String remeasured = QcFixture.recordedId(rna.barcode(), "rin", "8.1");
        assertThat(QcFixture.verify(VERIFIER, remeasured).statusCode()).isEqualTo(200);
        summary = QcFixture.as(Role.GUEST)
                .get("/samples/" + rna.id() + "/summary")
                .jsonPath();
        assertThat(summary.getString("standing")).isEqualTo("pass");
        assertThat(summary.getList("current.id")).containsExactly(remeasured);
        assertThat(summary.getList("results.id")).containsExactly(remeasured, failed);
    }

    @Test
    void aSampleWithoutResultsIsPending() {
        JsonPath summary = QcFixture.as(Role.GUEST)
                .get("/samples/" + UUID.randomUUID() + "/summary")
                .jsonPath();
        assertThat(summary.getString("standing")).isEqualTo("pending");
        assertThat(summary.getList("results")).isEmpty();
    }

    @Test
    void verifyingOnesOwnMeasurementIsRefusedNamingQc3() {
        QcFixture.Known dna = QcFixture.sample("dna");
        String id = QcFixture.recordedId(dna.barcode(), "a260_280", "1.9");
        var before = QcFixture.rowCounts();
        assertRuleViolation(QcFixture.verify(MEASURER, id), 409, "QC-3");
        assertThat(QcFixture.rowCounts()).isEqualTo(before);

        Response verified = QcFixture.verify(VERIFIER, id);
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.jsonPath().getBoolean("verified")).isTrue();
        assertThat(verified.jsonPath().getString("verifications[0].verifiedBy")).isEqualTo(TestTokens.upnOf(VERIFIER));

        // Final: no further verification, whoever asks.
        assertRuleViolation(QcFixture.verify(Role.LAB_ADMINISTRATOR, id), 409, "QC-3");
    }

    @Test
    void nVerificationsComeFromTheDefinitionVersion() {
        String metric = QcFixture.define("dna", "\"passMin\": 1, \"verificationsRequired\": 2");
        QcFixture.Known dna = QcFixture.sample("dna");
        String id = QcFixture.recordedId(dna.barcode(), metric, "3");
        assertThat(QcFixture.verify(VERIFIER, id).jsonPath().getBoolean("verified"))
                .isFalse();
        assertRuleViolation(QcFixture.verify(VERIFIER, id), 409, "QC-3");
        Response second = QcFixture.verify(Role.LAB_ADMINISTRATOR, id);
        assertThat(second.jsonPath().getBoolean("verified")).isTrue();
        assertThat(second.jsonPath().getInt("verificationsRequired")).isEqualTo(2);
    }

    @Test
    void aMetricWithoutADefinitionForTheSubjectIsRefusedNamingQc1() {
        QcFixture.Known protein = QcFixture.sample("protein");
        var before = QcFixture.rowCounts();
        assertRuleViolation(QcFixture.recordByBarcode(protein.barcode(), "rin", "9"), 422, "QC-1");
        assertThat(QcFixture.rowCounts()).isEqualTo(before);
    }

    @Test
    void badSubjectsAreRefusedAndWriteNothing() {
        var before = QcFixture.rowCounts();
        assertProblem(QcFixture.recordByBarcode("QCIT-NOBODY-1", "rin", "9"), 404);
        assertProblem(QcFixture.record(MEASURER, "{\"metric\":\"rin\",\"value\":9}"), 400);
        assertProblem(
                QcFixture.record(
                        MEASURER, "{\"subjectId\":\"%s\",\"metric\":\"rin\",\"value\":9}".formatted(UUID.randomUUID())),
                400);
        assertProblem(
                QcFixture.record(
                        MEASURER,
                        "{\"subjectKind\":\"library\",\"subjectId\":\"%s\",\"metric\":\"molarity\",\"value\":9}"
                                .formatted(UUID.randomUUID())),
                404);
        assertProblem(QcFixture.record(MEASURER, "{\"barcode\":\"X\",\"metric\":\"Bad Metric\",\"value\":9}"), 400);
        assertProblem(QcFixture.verify(VERIFIER, UUID.randomUUID().toString()), 404);
        assertThat(QcFixture.rowCounts()).isEqualTo(before);
    }

    @Test
    void aRepeatedRecordingWithItsKeyIsOneResult() {
        QcFixture.Known dna = QcFixture.sample("dna");
        String key = UUID.randomUUID().toString();
        String body = "{\"barcode\":\"%s\",\"metric\":\"volume\",\"value\":25}".formatted(dna.barcode());
        Response first =
                QcFixture.as(MEASURER).header("Idempotency-Key", key).body(body).post("/results");
        Response again =
                QcFixture.as(MEASURER).header("Idempotency-Key", key).body(body).post("/results");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(QcFixture.as(Role.GUEST)
                        .get("/samples/" + dna.id() + "/summary")
                        .jsonPath()
                        .getList("results"))
                .hasSize(1);
    }
}
