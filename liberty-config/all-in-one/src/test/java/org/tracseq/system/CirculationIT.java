package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Issue 16 through the gateway, with samples, storage and barcodes in one server: a sample storage
 * holds leaves circulation only through storage's discard (ST-7), which samples follows; a refused
 * sample create issues no barcode.
 */
@MicroShedTest
class CirculationIT {
    private static String token;

    @BeforeAll
    static void logIn() {
        TracSeqServer.awaitReady();
        token = LabBench.userWithRole("principal_investigator");
    }

    private static RequestSpecification api() {
        return SeededAdmin.through(token);
    }

    private static String validatedSample() {
        return LabBench.validatedSample(token, "circulation gDNA", "dna");
    }

    @Test
    void ST7_aStoredSampleLeavesCirculationOnlyThroughStorageAndIsNeverStoredAgain() {
        String box = LabBench.box(token);
        String sample = validatedSample();
        Response placed = api().body("{\"sampleId\": \"%s\", \"boxId\": \"%s\"}".formatted(sample, box))
                .post("/storage/placements");
        assertThat(placed.statusCode()).as(placed.asString()).isEqualTo(201);
        LabBench.awaitStatus(token, sample, "in_storage"); // samples follows storage's event

        Response refused = assertRuleViolation(
                api().body("{\"status\": \"discarded\", \"reason\": \"expired\"}")
                        .post("/samples/" + sample + "/status"),
                409,
                "ST-7");
        assertThat(refused.jsonPath().getString("detail")).contains("/api/storage/samples/{id}/discard");
        assertRuleViolation(api().queryParam("reason", "expired").delete("/samples/" + sample), 409, "ST-7");
        assertThat(api().get("/storage/samples/" + sample).jsonPath().getString("state"))
                .isEqualTo("stored");

        Response discarded = api().body("{\"note\": \"expired\"}").post("/storage/samples/" + sample + "/discard");
        assertThat(discarded.statusCode()).as(discarded.asString()).isEqualTo(200);
        LabBench.awaitStatus(token, sample, "discarded");
        Response there = api().get("/samples/" + sample);
        assertThat(there.jsonPath().getDouble("availableVolume.value")).isEqualTo(0.0);
        assertRuleViolation(
                api().body("{\"sampleId\": \"%s\", \"boxId\": \"%s\"}".formatted(sample, box))
                        .post("/storage/placements"),
                409,
                "ST-7");
    }

    @Test
    void refusedCreatesIssueNoBarcode() {
        String parent = validatedSample();
        long issued = TestDatabase.countRows("barcodes.barcodes");
        assertProblem(
                api().header("Idempotency-Key", "k".repeat(201))
                        .body("{\"name\": \"circulation refused\", \"type\": \"dna\"}")
                        .post("/samples/"),
                400);
        assertRuleViolation(
                api().body("{\"volume\": {\"value\": 1e9, \"unit\": \"ul\"}}").post("/samples/" + parent + "/aliquots"),
                409,
                "SM-1");
        assertThat(TestDatabase.countRows("barcodes.barcodes")).isEqualTo(issued);
    }
}
