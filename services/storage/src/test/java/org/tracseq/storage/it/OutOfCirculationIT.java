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
import static org.tracseq.storage.it.StorageFixture.samples;
import static org.tracseq.storage.it.StorageFixture.tech;
import static org.tracseq.storage.it.StorageFixture.token;
import static org.tracseq.storage.it.StorageFixture.unit;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * ST-7 across storage and the samples service on this server: a sample storage holds leaves
 * circulation only through storage's discard, which samples then follows (status discarded, volume
 * 0); a sample out of circulation is never stored; a refused request writes nothing in either
 * service; an empty position label is a 400.
 */
class OutOfCirculationIT {
    private static final String NUL_NOTE = "{\"note\": \"bad\\u0000note\"}";

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    private static Response act(String sampleId, String action, String body) {
        return tech().body(body).post("/samples/" + sampleId + "/" + action);
    }

    private static Response statusInSamples(String sampleId, String status) {
        return samples()
                .body("{\"status\": \"%s\", \"reason\": \"expired\"}".formatted(status))
                .post("/" + sampleId + "/status");
    }

    private static Response deleteInSamples(String sampleId) {
        return RestAssured.given()
                .baseUri(TracSeqServer.rootUrl())
                .basePath("/samples")
                .accept(ContentType.JSON)
                .header("Authorization", "Bearer " + TestTokens.of(Role.PRINCIPAL_INVESTIGATOR))
                .queryParam("reason", "expired")
                .delete("/" + sampleId);
    }

    /** Status and available volume in samples, storage state: one comparable line. */
    private static String both(String sampleId) {
        Response there = sampleInSamples(sampleId);
        Response here = tech().get("/samples/" + sampleId);
        return there.jsonPath().getString("status") + "|" + there.jsonPath().getDouble("availableVolume.value") + "|"
                + (here.statusCode() == 404
                        ? "unknown"
                        : here.jsonPath().getString("state") + "@"
                                + here.jsonPath().getString("position.position"));
    }

    @Test
    void ST7_samplesRefusesToDiscardOrDeleteASampleStorageHoldsAndStorageDiscardIsFollowedThere() {
        String token = token();
        String box = box(unit(token, "freezer", "minus_80").get(3), "Box", 2, 2);
        String stored = sample(token, 1, "dna").get(0);
        String released = sample(token, 2, "dna").get(0);
        assertThat(place(stored, box, "A01").statusCode()).isEqualTo(201);
        assertThat(place(released, box, "A02").statusCode()).isEqualTo(201);
        assertThat(act(released, "check-out", "{}").statusCode()).isEqualTo(200);
        assertThat(act(released, "release", "{}").statusCode()).isEqualTo(200);
        awaitStatusInSamples(stored, "in_storage");
        awaitStatusInSamples(released, "in_storage");

        for (String id : List.of(stored, released)) {
            String before = both(id);
            var rows = allRows();
            Response discarded = assertRuleViolation(statusInSamples(id, "discarded"), 409, "ST-7");
            assertThat(discarded.jsonPath().getString("detail")).contains("/api/storage/samples/{id}/discard");
            assertRuleViolation(deleteInSamples(id), 409, "ST-7");
            assertThat(both(id)).isEqualTo(before);
            assertThat(allRows()).isEqualTo(rows);
        }

        Response discard = act(stored, "discard", "{\"note\": \"expired\"}");
        assertThat(discard.statusCode()).as(discard.asString()).isEqualTo(200);
        awaitStatusInSamples(stored, "discarded");
        assertThat(both(stored)).isEqualTo("discarded|0.0|discarded@null");
        var rows = allRows();
        assertRuleViolation(place(stored, box, null), 409, "ST-7");
        assertRuleViolation(act(stored, "move", "{\"boxId\": \"%s\"}".formatted(box)), 409, "ST-7");
        assertRuleViolation(act(stored, "check-out", "{}"), 409, "ST-7");
        assertRuleViolation(act(stored, "check-in", "{}"), 409, "ST-7");
        assertRuleViolation(act(stored, "release", "{}"), 409, "ST-7");
        assertRuleViolation(act(stored, "discard", "{}"), 409, "ST-7");
        assertThat(allRows()).isEqualTo(rows);

        assertThat(act(released, "discard", "{}").statusCode()).isEqualTo(200);
        awaitStatusInSamples(released, "discarded");
        assertThat(both(released)).isEqualTo("discarded|0.0|discarded@null");
    }

    @Test
    void ST7_aSampleStorageNeverHeldLeavesCirculationInSamplesEmptiedAndIsNeverStored() {
        String token = token();
        String box = box(unit(token, "freezer", "minus_80").get(3), "Box", 2, 2);
        String discarded = sample(token, 1, "dna").get(0);
        String deleted = sample(token, 2, "dna").get(0);
        assertThat(statusInSamples(discarded, "in_storage").statusCode()).isEqualTo(200);
        Response gone = statusInSamples(discarded, "discarded");
        assertThat(gone.statusCode()).as(gone.asString()).isEqualTo(200);
        assertThat(gone.jsonPath().getDouble("availableVolume.value")).isEqualTo(0.0);
        assertThat(deleteInSamples(deleted).statusCode()).isEqualTo(200);

        var rows = allRows();
        assertRuleViolation(place(discarded, box, null), 409, "ST-7");
        assertRuleViolation(place(deleted, box, null), 409, "ST-7");
        assertThat(allRows()).isEqualTo(rows);
    }

    /** Issue 16 item 2a: a storage transaction that fails leaves the samples service as it was. */
    @Test
    void aRefusedDiscardOrPlacementWritesNothingInEitherService() {
        String token = token();
        String box = box(unit(token, "freezer", "minus_80").get(3), "Box", 2, 2);
        String stored = sample(token, 1, "dna").get(0);
        String fresh = sample(token, 2, "dna").get(0);
        assertThat(place(stored, box, "A01").statusCode()).isEqualTo(201);
        awaitStatusInSamples(stored, "in_storage");

        String storedBefore = both(stored);
        String freshBefore = both(fresh);
        var rows = allRows();
        Response discard = act(stored, "discard", NUL_NOTE);
        assertThat(discard.statusCode()).as(discard.asString()).isNotEqualTo(200);
        Response placement = tech().body(
                        "{\"sampleId\": \"%s\", \"boxId\": \"%s\", \"note\": \"bad\\u0000note\"}".formatted(fresh, box))
                .post("/placements");
        assertThat(placement.statusCode()).as(placement.asString()).isNotEqualTo(201);
        assertThat(both(stored)).isEqualTo(storedBefore).startsWith("in_storage|100.0|stored@A01");
        assertThat(both(fresh)).isEqualTo(freshBefore).isEqualTo("validated|100.0|unknown");
        assertThat(allRows()).isEqualTo(rows);
    }

    /** Issue 16 item 9: only leaving {@code position} out asks for the next free one. */
    @Test
    void anEmptyPositionIsA400NamingIt() {
        String token = token();
        String box = box(unit(token, "freezer", "minus_80").get(3), "Box", 2, 2);
        String id = sample(token, 1, "dna").get(0);
        var rows = allRows();
        for (String empty : new String[] {"", "  "}) {
            Response refused = assertProblem(place(id, box, empty), 400);
            assertThat(refused.jsonPath().getList("errors.field")).contains("position");
        }
        assertThat(allRows()).isEqualTo(rows);
        assertThat(place(id, box, "B02").statusCode()).isEqualTo(201);
        awaitStatusInSamples(id, "in_storage");
        Response move = assertProblem(act(id, "move", "{\"boxId\": \"%s\", \"position\": \"\"}".formatted(box)), 400);
        assertThat(move.jsonPath().getList("errors.field")).contains("position");
        assertThat(both(id)).isEqualTo("in_storage|100.0|stored@B02");
    }
}
