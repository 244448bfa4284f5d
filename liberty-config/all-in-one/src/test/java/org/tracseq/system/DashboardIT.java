package org.tracseq.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.client.TracSeqClient;
import org.tracseq.client.model.Run;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * {@code GET /api/dashboard}: the gateway gathers the lab's counts from samples, storage, qaqc and
 * sequencing through their generated clients, with the caller's token (issue 17, item 8; issue 22).
 */
@MicroShedTest
class DashboardIT {
    private static final String API = TracSeqServer.rootUrl() + "/api";

    private static String admin;

    @BeforeAll
    static void logIn() {
        TracSeqServer.awaitReady();
        admin = SeededAdmin.logIn();
    }

    @Test
    void aNewSampleIsCountedAmongThePendingOnesAndStorageIsReported() {
        long pendingBefore = dashboard().jsonPath().getLong("samples.data.byStatus.pending");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Dashboard count\",\"type\":\"dna\"}")
                .post(API + "/samples/")
                .then()
                .statusCode(201);

        Response after = dashboard();
        assertThat(after.jsonPath().getBoolean("samples.available")).isTrue();
        assertThat(after.jsonPath().getLong("samples.data.byStatus.pending")).isEqualTo(pendingBefore + 1);
        Map<String, Long> byStatus = after.jsonPath().getMap("samples.data.byStatus", String.class, Long.class);
        assertThat(byStatus).containsKeys("pending", "validated", "in_storage", "discarded", "deleted");
        long sum = byStatus.values().stream().mapToLong(Long::longValue).sum();
        assertThat(after.jsonPath().getLong("samples.data.total")).isEqualTo(sum);

        assertThat(after.jsonPath().getBoolean("storage.available")).isTrue();
        assertThat(after.jsonPath().getList("storage.data.zones")).isNotNull();
        assertThat(after.jsonPath().getLong("storage.data.openAlerts")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aFailedQcResultIsAmongTheWeeksFailsAndPanics() {
        String token = LabBench.userWithRole("lab_technician");
        String sample = LabBench.validatedSample(token, "Dashboard degraded RNA", "rna");
        // QC-2: RIN below 7 fails an RNA sample.
        String result = LabBench.id(SeededAdmin.through(token)
                .body("{\"subjectKind\": \"sample\", \"subjectId\": \"%s\", \"metric\": \"rin\", \"value\": 4.1}"
                        .formatted(sample))
                .post("/qaqc/results"));

        Response after = dashboard();
        assertThat(after.jsonPath().getBoolean("qc.available"))
                .as(after.asString())
                .isTrue();
        assertThat(after.jsonPath().getLong("qc.data.total")).isPositive();
        assertThat(OffsetDateTime.parse(after.jsonPath().getString("qc.data.since")))
                .isBetween(
                        OffsetDateTime.now().minusDays(7).minusMinutes(5),
                        OffsetDateTime.now().minusDays(7).plusMinutes(5));
        List<Map<String, Object>> results = after.jsonPath().getList("qc.data.results");
        assertThat(results).hasSizeLessThanOrEqualTo(10);
        assertThat(results)
                .extracting(r -> r.get("outcome"))
                .containsAnyOf("fail", "panic")
                .doesNotContain("pass", "warn");
        Map<String, Object> listed = results.stream()
                .filter(r -> result.equals(r.get("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("result " + result + " not among " + results));
        assertThat(listed).containsEntry("metric", "rin").containsEntry("verified", false);
    }

    @Test
    void aQueuedRunIsInProgressWithItsInstrument() {
        TracSeqClient technician = LabBench.clientWithRole("lab_technician");
        Run run = SequencingBench.queuedRun(technician, LabBench.clientWithRole("lab_administrator"));
        String instrument =
                technician.sequencing().getInstrument(run.getInstrumentId()).getName();

        Response after = dashboard();
        assertThat(after.jsonPath().getBoolean("sequencing.available"))
                .as(after.asString())
                .isTrue();
        List<Map<String, Object>> runs = after.jsonPath().getList("sequencing.data.runs");
        assertThat(runs)
                .filteredOn(r -> run.getId().toString().equals(r.get("id")))
                .singleElement()
                .satisfies(listed -> assertThat(listed)
                        .containsEntry("name", run.getName())
                        .containsEntry("status", "queued")
                        .containsEntry("instrumentName", instrument));
    }

    @Test
    void withoutATokenThereIsNoDashboard() {
        assertProblem(given().get(API + "/dashboard").andReturn(), 401);
    }

    private static Response dashboard() {
        Response answer = given().auth().oauth2(admin).get(API + "/dashboard").andReturn();
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        return answer;
    }
}
