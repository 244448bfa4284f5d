package org.tracseq.storage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;
import static org.tracseq.storage.it.StorageFixture.allRows;
import static org.tracseq.storage.it.StorageFixture.box;
import static org.tracseq.storage.it.StorageFixture.place;
import static org.tracseq.storage.it.StorageFixture.sample;
import static org.tracseq.storage.it.StorageFixture.sampleInSamples;
import static org.tracseq.storage.it.StorageFixture.token;
import static org.tracseq.storage.it.StorageFixture.unit;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.ExtraServer;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * When the samples service cannot be reached, whatever needs it (a first placement, a box layout
 * with a new sample, a receipt of a sample never seen, a discard) answers 503 problem+json with
 * {@code Retry-After}, promptly, and changes nothing here or in samples (except a discard samples
 * could read but not be told of: committed here, finished by sending it again); what does not need it
 * (moving, checking out and in a stored sample) goes on. A second storage server (same database)
 * reaches the real samples service through a {@link SamplesLink} the tests cut. The second server
 * overrides one value of the samples policy through MP Config (one retry more than the default),
 * and a test counts the attempts. The tests that need the policy's circuit breaker closed run first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SamplesOutageIT {
    /** The second server's override of {@code SamplesPolicy}'s {@code @Retry(maxRetries = 2)}. */
    private static final int MAX_RETRIES = 3;

    /** The fault-tolerance policy bounds a call (3 attempts of at most 3 s); a hang would take longer. */
    private static final long PROMPT_MS = 10_000;

    private static SamplesLink link;
    private static ExtraServer storage;

    @BeforeAll
    static void start() {
        TracSeqServer.awaitReady();
        link = SamplesLink.open();
        storage = ExtraServer.start(
                "storage-samples-outage",
                "services/storage",
                "storage",
                Integer.getInteger("its.outage.port"),
                Map.of(
                        "tracseq.samples.url",
                        link.url(),
                        "mp.jwt.verify.publickey.location",
                        System.getProperty("its.verification.keys"),
                        "org.tracseq.storage.client.SamplesPolicy/Retry/maxRetries",
                        String.valueOf(MAX_RETRIES)));
    }

    @AfterAll
    static void stop() {
        if (storage != null) {
            storage.stop();
        }
        if (link != null) {
            link.close();
        }
    }

    @AfterEach
    void restoreLink() {
        link.up();
    }

    /** The second storage server, as a technician. */
    private static RequestSpecification viaSecond() {
        return RestAssured.given()
                .baseUri(storage.rootUrl())
                .basePath("/storage")
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .header("Authorization", "Bearer " + TestTokens.of(Role.LAB_TECHNICIAN));
    }

    private static Response unavailable(Response response) {
        assertProblem(response, 503);
        assertThat(response.header("Retry-After")).isEqualTo("10");
        assertThat(response.getTime()).as("answered promptly, not hanging").isLessThan(PROMPT_MS);
        return response;
    }

    @Test
    @Order(1)
    void throughAnIntactLinkTheSecondServerPlacesLikeTheFirst() {
        String token = token();
        String box = box(unit(token, "freezer", "minus_80").get(3), "Box", 2, 2);
        List<String> dna = sample(token, 1, "dna");
        Response placed = viaSecond()
                .body("{\"sampleId\": \"%s\", \"boxId\": \"%s\"}".formatted(dna.get(0), box))
                .post("/placements");
        assertThat(placed.statusCode()).as(placed.asString()).isEqualTo(201);
        assertThat(sampleInSamples(dna.get(0)).jsonPath().getString("status")).isEqualTo("in_storage");
    }

    @Test
    @Order(2)
    void theSamplesPolicyIsOneStackWhoseRetriesMpConfigSets() {
        String token = token();
        String box = box(unit(token, "freezer", "minus_20").get(3), "Box", 2, 2);
        List<String> stored = sample(token, 1, "plasma");
        assertThat(place(stored.get(0), box, "A01").statusCode()).isEqualTo(201);

        link.dropWrites();
        unavailable(viaSecond().body("{}").post("/samples/" + stored.get(0) + "/discard"));
        assertThat(link.droppedWrites()).as("the first attempt and every retry").isEqualTo(1 + MAX_RETRIES);
        assertThat(sampleInSamples(stored.get(0)).jsonPath().getString("status"))
                .isEqualTo("in_storage");
    }

    @Test
    void withSamplesUnreachableWhatNeedsItIs503AndChangesNothingWhatDoesNotGoesOn() {
        String token = token();
        String rack = unit(token, "freezer", "minus_80").get(3);
        String box = box(rack, "Box", 3, 3);
        String other = box(rack, "Other", 3, 3);
        List<String> stored = sample(token, 1, "dna");
        assertThat(place(stored.get(0), box, "A01").statusCode()).isEqualTo(201);
        List<String> fresh = sample(token, 2, "dna");

        link.cut();
        var before = allRows();
        unavailable(viaSecond()
                .body("{\"sampleId\": \"%s\", \"boxId\": \"%s\"}".formatted(fresh.get(0), box))
                .post("/placements"));
        unavailable(viaSecond()
                .body("{\"barcode\": \"%s\", \"boxId\": \"%s\", \"position\": \"B01\"}".formatted(fresh.get(1), box))
                .post("/placements"));
        unavailable(viaSecond()
                .body("{\"positions\": [{\"position\": \"C03\", \"sampleId\": \"%s\"}]}".formatted(fresh.get(0)))
                .post("/locations/" + box + "/layout"));
        unavailable(viaSecond()
                .body("{\"barcode\": \"%s\", \"outcome\": \"accepted\"}".formatted(fresh.get(1)))
                .post("/receipts"));
        unavailable(viaSecond().body("{\"note\": \"expired\"}").post("/samples/" + stored.get(0) + "/discard"));
        assertThat(allRows()).isEqualTo(before);
        assertThat(sampleInSamples(fresh.get(0)).jsonPath().getString("status")).isEqualTo("validated");
        assertThat(sampleInSamples(stored.get(0)).jsonPath().getString("status"))
                .isEqualTo("in_storage");

        Response moved =
                viaSecond().body("{\"boxId\": \"%s\"}".formatted(other)).post("/samples/" + stored.get(0) + "/move");
        assertThat(moved.statusCode()).as(moved.asString()).isEqualTo(200);
        assertThat(viaSecond()
                        .body("{}")
                        .post("/samples/" + stored.get(0) + "/check-out")
                        .statusCode())
                .isEqualTo(200);
        assertThat(viaSecond()
                        .body("{}")
                        .post("/samples/" + stored.get(0) + "/check-in")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aStatusChangeThatNeverArrivesRollsThePlacementBack() {
        String token = token();
        String box = box(unit(token, "freezer", "minus_20").get(3), "Box", 2, 2);
        List<String> fresh = sample(token, 1, "serum");

        link.dropWrites();
        var before = allRows();
        String grid = StorageFixture.tech().get("/locations/" + box + "/grid").asString();
        unavailable(viaSecond()
                .body("{\"sampleId\": \"%s\", \"boxId\": \"%s\"}".formatted(fresh.get(0), box))
                .post("/placements"));
        assertThat(allRows()).isEqualTo(before);
        assertThat(StorageFixture.tech().get("/locations/" + box + "/grid").asString())
                .isEqualTo(grid);
        assertThat(sampleInSamples(fresh.get(0)).jsonPath().getString("status")).isEqualTo("validated");
    }

    /**
     * ST-7: storage commits its discard before it tells samples; when samples cannot be told the
     * caller learns so (503) and the same discard, sent again, finishes it.
     */
    @Test
    @Order(3)
    void aDiscardSamplesWasNotToldOfIsFinishedBySendingItAgain() {
        String token = token();
        String box = box(unit(token, "freezer", "minus_20").get(3), "Box", 2, 2);
        List<String> stored = sample(token, 1, "serum");
        assertThat(place(stored.get(0), box, "A01").statusCode()).isEqualTo(201);

        link.dropWrites();
        Response first = unavailable(viaSecond().body("{}").post("/samples/" + stored.get(0) + "/discard"));
        assertThat(first.jsonPath().getString("detail")).contains("send the same discard again");
        assertThat(StorageFixture.tech()
                        .get("/samples/" + stored.get(0))
                        .jsonPath()
                        .getString("state"))
                .isEqualTo("discarded");
        assertThat(sampleInSamples(stored.get(0)).jsonPath().getString("status"))
                .isEqualTo("in_storage");

        link.up();
        var before = allRows();
        // The dropped writes may have opened the breaker: a client sends the discard again after Retry-After.
        Response again = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> viaSecond().body("{}").post("/samples/" + stored.get(0) + "/discard"),
                        response -> response.statusCode() != 503);
        assertThat(again.statusCode()).as(again.asString()).isEqualTo(200);
        assertThat(again.jsonPath().getString("state")).isEqualTo("discarded");
        assertThat(allRows()).as("the second discard only told samples").isEqualTo(before);
        Response inSamples = sampleInSamples(stored.get(0));
        assertThat(inSamples.jsonPath().getString("status")).isEqualTo("discarded");
        assertThat(inSamples.jsonPath().getDouble("availableVolume.value")).isEqualTo(0.0);
        assertRuleViolation(viaSecond().body("{}").post("/samples/" + stored.get(0) + "/discard"), 409, "ST-7");
    }
}
