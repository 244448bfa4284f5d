package org.tracseq.samples.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;
import static org.tracseq.samples.it.SamplesFixture.api;
import static org.tracseq.samples.it.SamplesFixture.barcode;
import static org.tracseq.samples.it.SamplesFixture.rowOf;
import static org.tracseq.samples.it.SamplesFixture.samplesNamedLike;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The barcodes service is unreachable in this module's integration tests (the pom points the
 * server at a closed port): samples needing a barcode get a 503 naming it, with Retry-After, and
 * nothing is written; samples that bring their own barcode are registered as usual.
 */
class BarcodesDownIT {
    private String token;

    @BeforeAll
    static void serverIsReady() {
        TracSeqServer.awaitReady();
    }

    @BeforeEach
    void newToken() {
        token = SamplesFixture.token();
    }

    private static void assertBarcodesUnavailable(Response response) {
        assertProblem(response, 503);
        assertThat(response.jsonPath().getString("detail")).contains("barcodes service");
        assertThat(Integer.parseInt(response.header("Retry-After"))).isPositive();
    }

    @Test
    void aSampleWithoutBarcodeIsRefusedWith503AndNothingIsWritten() {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertBarcodesUnavailable(api().header("Idempotency-Key", "down-" + token)
                    .body("{\"name\": \"it-%s\", \"type\": \"dna\"}".formatted(token))
                    .post("/"));
        }
        assertThat(samplesNamedLike(token)).isZero();
    }

    @Test
    void aBatchNeedingBarcodesIsRefusedWith503AndNothingIsWritten() {
        assertBarcodesUnavailable(
                api().body("""
                {"samples": [{"name": "it-%s-1", "type": "dna", "barcode": "%s"},
                             {"name": "it-%s-2", "type": "rna"}]}""".formatted(token, barcode(token, 1), token)).post("/batch"));
        assertThat(samplesNamedLike(token)).isZero();
    }

    @Test
    void anAliquotWithoutBarcodeIsRefusedWith503AndTheParentKeepsItsVolume() {
        String parent = SamplesFixture.validated(SamplesFixture.createId("it-" + token, barcode(token, 1), "50"));
        String before = rowOf(parent);
        assertBarcodesUnavailable(
                api().body("{\"volume\": {\"value\": 5, \"unit\": \"ul\"}}").post("/" + parent + "/aliquots"));
        assertThat(rowOf(parent)).isEqualTo(before);
    }

    @Test
    void samplesWithTheirOwnBarcodeAreStillRegistered() {
        SamplesFixture.create("it-" + token, barcode(token, 1), "10");
        assertThat(samplesNamedLike(token)).isEqualTo(1);
    }

    /**
     * A refusal issues no barcode: every check runs before the barcodes service is asked, so here
     * (barcodes unreachable) each answers its own 4xx, not the 503 asking would give.
     */
    @Test
    void refusedCreatesNeverAskTheBarcodesService() {
        String badKey = "k".repeat(201);
        assertProblem(
                api().header("Idempotency-Key", badKey)
                        .body("""
                {"name": "it-%s", "type": "dna"}""".formatted(token))
                        .post("/"),
                400);
        assertProblem(
                api().header("Idempotency-Key", " ").body("""
                {"samples": [{"name": "it-%s", "type": "dna"}]}""".formatted(token)).post("/batch"), 400);
        String parent = SamplesFixture.validated(SamplesFixture.createId("it-" + token, barcode(token, 1), "50"));
        assertProblem(
                api().header("Idempotency-Key", badKey)
                        .body("{\"volume\": {\"value\": 5, \"unit\": \"ul\"}}")
                        .post("/" + parent + "/aliquots"),
                400);
        assertRuleViolation(
                api().body("{\"volume\": {\"value\": 1e9, \"unit\": \"ul\"}}").post("/" + parent + "/aliquots"),
                409,
                "SM-1");
        api().body("{\"status\": \"rejected\", \"reason\": \"contaminated\"}").post("/" + parent + "/status");
        assertRuleViolation(
                api().body("{\"volume\": {\"value\": 5, \"unit\": \"ul\"}}").post("/" + parent + "/aliquots"),
                409,
                "SM-1");
        assertThat(samplesNamedLike(token)).isEqualTo(1);
        assertThat(api().get("/" + parent).jsonPath().getDouble("availableVolume.value"))
                .isEqualTo(50.0);
    }

    @Test
    void invalidRequestsAreRefusedForWhatTheyAreBeforeTheBarcodesServiceIsAsked() {
        assertProblem(api().body("""
                {"name": "it-%s", "type": "dna", "initialVolume": {"value": -1, "unit": "ul"}}""".formatted(token)).post("/"), 400);
    }
}
