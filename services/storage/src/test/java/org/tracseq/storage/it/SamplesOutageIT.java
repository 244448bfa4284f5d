package org.tracseq.storage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;
import static org.tracseq.storage.it.StorageFixture.allRows;
import static org.tracseq.storage.it.StorageFixture.awaitStatusInSamples;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.ExtraServer;
import org.tracseq.platform.testing.ServiceLink;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * When the samples service cannot be reached, whatever needs to read it (a first placement, a box
 * layout with a new sample, a receipt of a sample never seen, a discard, which checks SM-STATUS there
 * first) answers 503 problem+json with {@code Retry-After}, promptly, and changes nothing; what does
 * not (moving, checking out and in, releasing, and placing again a sample storage already knows) goes
 * on. Storage never writes to samples: samples follows placements and discards from storage's events
 * ({@code ConvergenceIT} shows it catching up after an outage). A second storage server (same
 * database) reaches the real samples service through a {@link ServiceLink} the tests cut. The second
 * server overrides one value of the samples policy through MP Config (one retry more than the
 * default), and a test counts the attempts. The tests that need the policy's circuit breaker closed
 * run first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SamplesOutageIT {
    /** The second server's override of {@code SamplesPolicy}'s {@code @Retry(maxRetries = 2)}. */
    private static final int MAX_RETRIES = 3;

    /** The fault-tolerance policy bounds a call (3 attempts of at most 3 s); a hang would take longer. */
    private static final long PROMPT_MS = 10_000;

    private static ServiceLink link;
    private static ExtraServer storage;

    @BeforeAll
    static void start() {
        TracSeqServer.awaitReady();
        link = ServiceLink.open();
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
                        "org.tracseq.platform.samples.SamplesPolicy/Retry/maxRetries",
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
        awaitStatusInSamples(dna.get(0), "in_storage");
    }

    @Test
    @Order(2)
    void theSamplesPolicyIsOneStackWhoseRetriesMpConfigSets() {
        String token = token();
        String box = box(unit(token, "freezer", "minus_20").get(3), "Box", 2, 2);
        List<String> stored = sample(token, 1, "plasma");
        assertThat(place(stored.get(0), box, "A01").statusCode()).isEqualTo(201);

        link.fail();
        var before = allRows();
        unavailable(viaSecond().body("{}").post("/samples/" + stored.get(0) + "/discard"));
        assertThat(link.failed()).as("the first attempt and every retry").isEqualTo(1 + MAX_RETRIES);
        assertThat(allRows()).isEqualTo(before);
    }

    @Test
    void withSamplesUnreachableWhatNeedsItIs503AndChangesNothingWhatDoesNotGoesOn() {
        String token = token();
        String rack = unit(token, "freezer", "minus_80").get(3);
        String box = box(rack, "Box", 3, 3);
        String other = box(rack, "Other", 3, 3);
        List<String> stored = sample(token, 1, "dna");
        assertThat(place(stored.get(0), box, "A01").statusCode()).isEqualTo(201);
        List<String> known = sample(token, 3, "dna");
        assertThat(place(known.get(0), box, "A02").statusCode()).isEqualTo(201);
        assertThat(StorageFixture.tech()
                        .body("{}")
                        .post("/samples/" + known.get(0) + "/check-out")
                        .statusCode())
                .isEqualTo(200);
        List<String> fresh = sample(token, 2, "dna");
        awaitStatusInSamples(stored.get(0), "in_storage");

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
        // The discard reads the sample's status in samples first (SM-STATUS), so it waits for samples too.
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
        // A sample storage already knows is placed again without asking samples.
        assertThat(viaSecond()
                        .body("{}")
                        .post("/samples/" + known.get(0) + "/release")
                        .statusCode())
                .isEqualTo(200);
        Response again = viaSecond()
                .body("{\"sampleId\": \"%s\", \"boxId\": \"%s\"}".formatted(known.get(0), other))
                .post("/placements");
        assertThat(again.statusCode()).as(again.asString()).isEqualTo(201);
    }

    /**
     * ST-7: the discard commits in storage and publishes {@code storage.item.discarded}; samples
     * follows (status discarded, volume 0). A second discard is refused here without asking samples.
     */
    @Test
    @Order(3)
    void aDiscardCommitsHereAndSamplesFollowsFromItsEvent() {
        String token = token();
        String box = box(unit(token, "freezer", "minus_20").get(3), "Box", 2, 2);
        List<String> stored = sample(token, 1, "serum");
        assertThat(place(stored.get(0), box, "A01").statusCode()).isEqualTo(201);

        Response discarded = viaSecond().body("{}").post("/samples/" + stored.get(0) + "/discard");
        assertThat(discarded.statusCode()).as(discarded.asString()).isEqualTo(200);
        assertThat(discarded.jsonPath().getString("state")).isEqualTo("discarded");
        Response inSamples = awaitStatusInSamples(stored.get(0), "discarded");
        assertThat(inSamples.jsonPath().getDouble("availableVolume.value")).isEqualTo(0.0);

        link.cut();
        var before = allRows();
        assertRuleViolation(viaSecond().body("{}").post("/samples/" + stored.get(0) + "/discard"), 409, "ST-7");
        assertThat(allRows()).isEqualTo(before);
    }
}
