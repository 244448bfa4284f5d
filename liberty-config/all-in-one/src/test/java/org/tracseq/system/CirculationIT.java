package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;
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
    private static final String PASSWORD = "Pipette-Glacier-Mosaic-19!";

    private static String token;

    @BeforeAll
    static void logIn() {
        TracSeqServer.awaitReady();
        String admin = login(System.getProperty("its.admin.username"), System.getProperty("its.admin.password"));
        String username = "circulation-" + UUID.randomUUID().toString().substring(0, 8);
        Response created =
                as(admin).body("""
                {"username": "%s", "password": "%s", "fullName": "Circulation Test",
                 "email": "%s@lab.example.org", "role": "principal_investigator"}""".formatted(username, PASSWORD, username)).post("/auth/users");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        token = login(username, PASSWORD);
    }

    private static String login(String username, String password) {
        return RestAssured.given()
                .baseUri(TracSeqServer.rootUrl())
                .basePath("/api")
                .contentType(ContentType.JSON)
                .body("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password))
                .post("/auth/login")
                .jsonPath()
                .getString("accessToken");
    }

    private static RequestSpecification as(String accessToken) {
        return SeededAdmin.through(accessToken);
    }

    private static RequestSpecification api() {
        return as(token);
    }

    private static String id(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isBetween(200, 201);
        return response.jsonPath().getString("id");
    }

    private static String location(String body) {
        return id(api().body(body).post("/storage/locations"));
    }

    private static String box() {
        String facility = location("{\"kind\": \"facility\", \"name\": \"Circulation " + UUID.randomUUID() + "\"}");
        String room = location("{\"kind\": \"room\", \"name\": \"Room\", \"parentId\": \"%s\"}".formatted(facility));
        String freezer =
                location("{\"kind\": \"freezer\", \"name\": \"F\", \"parentId\": \"%s\", \"zone\": \"minus_80\"}"
                        .formatted(room));
        String rack = location("{\"kind\": \"rack\", \"name\": \"R\", \"parentId\": \"%s\"}".formatted(freezer));
        return location("{\"kind\": \"box\", \"name\": \"B\", \"parentId\": \"%s\", \"rows\": 2, \"columns\": 2}"
                .formatted(rack));
    }

    /** A validated DNA sample of 50 µL whose barcode the barcodes service issued. */
    private static String validatedSample() {
        String id = id(api().body("""
                {"name": "circulation gDNA", "type": "dna", "initialVolume": {"value": 50, "unit": "ul"}}""").post("/samples/"));
        id(api().body("{\"status\": \"validated\"}").post("/samples/" + id + "/status"));
        return id;
    }

    /** Waits for the samples service to follow storage's event about {@code sample}. */
    private static void awaitStatus(String sample, String status) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api().get("/samples/" + sample).jsonPath().getString("status"), status::equals);
    }

    @Test
    void ST7_aStoredSampleLeavesCirculationOnlyThroughStorageAndIsNeverStoredAgain() {
        String box = box();
        String sample = validatedSample();
        Response placed = api().body("{\"sampleId\": \"%s\", \"boxId\": \"%s\"}".formatted(sample, box))
                .post("/storage/placements");
        assertThat(placed.statusCode()).as(placed.asString()).isEqualTo(201);
        awaitStatus(sample, "in_storage"); // samples follows storage's event

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
        awaitStatus(sample, "discarded");
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
