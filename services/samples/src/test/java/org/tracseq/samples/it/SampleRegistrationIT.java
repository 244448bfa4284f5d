package org.tracseq.samples.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;
import static org.tracseq.samples.it.SamplesFixture.api;
import static org.tracseq.samples.it.SamplesFixture.barcode;
import static org.tracseq.samples.it.SamplesFixture.samplesNamedLike;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/** Registering one sample, finding it again, and every way a registration is refused without writing anything. */
class SampleRegistrationIT {
    private String token;

    @BeforeAll
    static void serverIsReady() {
        TracSeqServer.awaitReady();
    }

    @BeforeEach
    void newToken() {
        token = SamplesFixture.token();
    }

    @Test
    void aRegisteredSampleIsPendingHasItsLocationAndIsFoundByIdAndExactBarcode() {
        Response created = api().body("""
                {"name": "Patient %s plasma", "type": "plasma", "barcode": "%s", "description": "EDTA tube",
                 "initialVolume": {"value": 1.5, "unit": "ml"}, "availableVolume": {"value": 1200, "unit": "ul"},
                 "concentration": {"value": 12.5, "unit": "ng_per_ul"}, "metadata": {"donor": "D-1", "visit": 2}}
                """.formatted(token, barcode(token, 1))).post("/");

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith("/samples/" + id);
        assertThat(created.jsonPath().getString("status")).isEqualTo("pending");
        assertThat(created.jsonPath().getString("type")).isEqualTo("plasma");
        assertThat(created.jsonPath().getString("availableVolume.unit")).isEqualTo("ml");
        assertThat(created.jsonPath().getDouble("availableVolume.value")).isEqualTo(1.2);
        assertThat(created.jsonPath().getString("concentration.unit")).isEqualTo("ng_per_ul");
        assertThat(created.jsonPath().getInt("metadata.visit")).isEqualTo(2);
        assertThat(created.jsonPath().getString("createdAt")).endsWith("Z");
        assertThat(created.jsonPath().getString("createdBy")).isEqualTo(TestTokens.upnOf(SamplesFixture.USER));

        assertThat(api().get("/" + id).jsonPath().getString("barcode")).isEqualTo(barcode(token, 1));
        assertThat(api().get("/by-barcode/" + barcode(token, 1)).jsonPath().getString("id"))
                .isEqualTo(id);
        assertProblem(api().get("/by-barcode/" + barcode(token, 1).toLowerCase()), 404);
        assertProblem(api().get("/by-barcode/" + barcode(token, 1).substring(0, 10)), 404);
    }

    @Test
    void registrationsAreCountedAndTimedInTheMetrics() {
        SamplesFixture.create("it-" + token, barcode(token, 1), "1");
        String metrics = io.restassured.RestAssured.get(TracSeqServer.managementUrl() + "/metrics?scope=application")
                .asString();
        assertThat(metrics).contains("tracseq_samples_created_total").contains("tracseq_samples_create_seconds");
    }

    @Test
    void aRepeatedRequestWithTheSameIdempotencyKeyGetsTheSameAnswerAndCreatesNothing() {
        String body = """
                {"name": "it-%s", "type": "dna", "barcode": "%s"}""".formatted(token, barcode(token, 1));
        Response first =
                api().header("Idempotency-Key", "key-" + token).body(body).post("/");
        Response replay =
                api().header("Idempotency-Key", "key-" + token).body(body).post("/");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(samplesNamedLike(token)).isEqualTo(1);

        Response otherBody = api().header("Idempotency-Key", "key-" + token)
                .body(body.replace("it-" + token, "it-other-" + token))
                .post("/");
        assertProblem(otherBody, 422);
        assertThat(samplesNamedLike(token)).isEqualTo(1);
    }

    @Test
    void malformedJsonIsA400AndWritesNothing() {
        assertProblem(
                api().body("{\"name\": \"it-" + token + "\", \"type\": \"dna\",")
                        .post("/"),
                400);
        assertProblem(api().body("[\"it-" + token + "\"]").post("/"), 400);
        assertThat(samplesNamedLike(token)).isZero();
    }

    @Test
    void anUnknownTypeIsA400ListingNothingWritten() {
        Response response = api().body("""
                {"name": "it-%s", "type": "plasmid", "barcode": "%s"}""".formatted(token, barcode(token, 1))).post("/");
        assertProblem(response, 400);
        assertThat(response.jsonPath().getString("detail")).contains("plasmid");
        assertThat(samplesNamedLike(token)).isZero();
    }

    @Test
    void aNegativeVolumeIsRefusedNamingSm1AndEveryOtherFieldProblemAtOnce() {
        Response response = api().body("""
                {"name": "it-%s", "type": "dna", "barcode": "%s",
                 "initialVolume": {"value": -5, "unit": "ul"}}""".formatted(token, barcode(token, 1))).post("/");
        assertRuleViolation(response, 400, "SM-1");
        assertThat(response.jsonPath().getList("errors.field")).containsExactly("initialVolume.value");
        assertThat(samplesNamedLike(token)).isZero();

        Response several = api().body("""
                {"name": "", "type": "dna", "barcode": "bad code",
                 "initialVolume": {"value": 5}, "availableVolume": {"value": 9, "unit": "ml"}}""").post("/");
        assertProblem(several, 400);
        assertThat(several.jsonPath().getList("errors.field"))
                .contains("name", "barcode", "initialVolume.unit", "availableVolume");
    }

    @Test
    void availableAboveInitialIsRefused() {
        Response response = api().body("""
                {"name": "it-%s", "type": "dna", "barcode": "%s", "initialVolume": {"value": 1, "unit": "ul"},
                 "availableVolume": {"value": 2, "unit": "ul"}}""".formatted(token, barcode(token, 1))).post("/");
        assertRuleViolation(response, 400, "SM-1");
        assertThat(samplesNamedLike(token)).isZero();
    }

    @Test
    void aDuplicateBarcodeIsAConflictNamingSm3AndWritesNothing() {
        SamplesFixture.create("it-" + token + "-first", barcode(token, 1), "10");
        Response duplicate = api().body("""
                {"name": "it-%s-second", "type": "rna", "barcode": "%s"}""".formatted(token, barcode(token, 1))).post("/");
        assertRuleViolation(duplicate, 409, "SM-3");
        assertThat(samplesNamedLike(token)).isEqualTo(1);
    }

    @Test
    void aMalformedBarcodeIsRefusedNamingSm3() {
        assertRuleViolation(api().body("""
                {"name": "it-%s", "type": "dna", "barcode": "ts-lower-case"}""".formatted(token)).post("/"), 400, "SM-3");
        assertThat(samplesNamedLike(token)).isZero();
    }

    @Test
    void requestsTheApiCannotReadAreProblemsNot500s() {
        assertProblem(api().post("/"), 400);
        assertProblem(api().contentType("text/plain").body("it-" + token).post("/"), 415);
        assertProblem(api().get("/not-a-uuid"), 400);
        assertProblem(api().get("/" + java.util.UUID.randomUUID()), 404);
        assertProblem(api().get("/no/such/path/here"), 404);
        assertThat(samplesNamedLike(token)).isZero();
    }
}
