package org.tracseq.storage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;
import static org.tracseq.storage.it.StorageFixture.allRows;
import static org.tracseq.storage.it.StorageFixture.awaitStatusInSamples;
import static org.tracseq.storage.it.StorageFixture.box;
import static org.tracseq.storage.it.StorageFixture.place;
import static org.tracseq.storage.it.StorageFixture.sample;
import static org.tracseq.storage.it.StorageFixture.tech;
import static org.tracseq.storage.it.StorageFixture.token;
import static org.tracseq.storage.it.StorageFixture.unit;

import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/** ST-6 check-out and freeze-thaw, ST-7 discard, ST-8 the chain of custody, through the API. */
class CustodyIT {

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    private static Response post(String sampleId, String action, String body) {
        return tech().body(body).post("/samples/" + sampleId + "/" + action);
    }

    @Test
    void st8TheCustodyLogTellsTheWholeStoryFromReceiptToDiscard() {
        String token = token();
        String rack = unit(token, "freezer", "minus_80").get(3);
        String first = box(rack, "First", 2, 2);
        String second = box(rack, "Second", 2, 2);
        List<String> s = sample(token, 1, "protein");
        String id = s.get(0);
        assertThat(tech().body("{\"barcode\": \"%s\", \"outcome\": \"accepted\", \"condition\": \"ok\"}"
                                .formatted(s.get(1)))
                        .post("/receipts")
                        .statusCode())
                .isEqualTo(201);
        assertThat(place(id, first, "A01").statusCode()).isEqualTo(201);
        assertThat(tech().body("{\"boxId\": \"%s\", \"position\": \"B02\", \"note\": \"reorganised\"}"
                                .formatted(second))
                        .post("/samples/" + id + "/move")
                        .statusCode())
                .isEqualTo(200);
        Response out = post(id, "check-out", "{\"note\": \"for QC\"}");
        assertThat(out.jsonPath().getString("state")).isEqualTo("checked_out");
        assertThat(out.jsonPath().getString("position.position")).isEqualTo("B02");
        assertThat(post(id, "check-in", "{\"condition\": \"thawed\"}")
                        .jsonPath()
                        .getString("state"))
                .isEqualTo("stored");
        Response discarded = post(id, "discard", "{\"note\": \"used up\"}");
        assertThat(discarded.statusCode()).as(discarded.asString()).isEqualTo(200);

        Response log = TracSeqServer.requestAs(Role.DATA_ANALYST).get("/samples/" + id + "/custody");
        assertThat(log.jsonPath().getList("items.kind"))
                .containsExactly("received", "placed", "moved", "checked_out", "checked_in", "discarded");
        assertThat(log.jsonPath().getList("items.actor")).containsOnly(TestTokens.upnOf(Role.LAB_TECHNICIAN));
        assertThat(log.jsonPath().getString("items[1].to.position")).isEqualTo("A01");
        assertThat(log.jsonPath().getString("items[2].from.position")).isEqualTo("A01");
        assertThat(log.jsonPath().getString("items[2].to.boxId")).isEqualTo(second);
        assertThat(log.jsonPath().getString("items[2].note")).isEqualTo("reorganised");
        assertThat(log.jsonPath().getString("items[4].condition")).isEqualTo("thawed");
        assertThat(log.jsonPath().getString("items[5].from.position")).isEqualTo("B02");
        Response perLocation = TracSeqServer.requestAs(Role.DATA_ANALYST).get("/locations/" + first + "/custody");
        assertThat(perLocation.jsonPath().getList("items.kind")).containsExactly("moved", "placed");
        // Pages further on: the page's items and the total of all.
        Response secondPage = TracSeqServer.requestAs(Role.DATA_ANALYST)
                .queryParam("page", 1)
                .queryParam("size", 4)
                .get("/samples/" + id + "/custody");
        assertThat(secondPage.jsonPath().getList("items.kind")).containsExactly("checked_in", "discarded");
        assertThat(secondPage.jsonPath().getLong("total")).isEqualTo(6);
        Response olderAtLocation = TracSeqServer.requestAs(Role.DATA_ANALYST)
                .queryParam("page", 1)
                .queryParam("size", 1)
                .get("/locations/" + first + "/custody");
        assertThat(olderAtLocation.jsonPath().getList("items.kind")).containsExactly("placed");
        assertThat(olderAtLocation.jsonPath().getLong("total")).isEqualTo(2);
        // Append-only in the database itself.
        assertThat(TestDatabase.queryLong("SELECT count(*) FROM storage.events WHERE sample_id = ?::uuid", id))
                .isEqualTo(6);
        try (var connection = TestDatabase.connect();
                var statement = connection.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> statement.executeUpdate("DELETE FROM storage.events WHERE sample_id = '" + id + "'"))
                    .hasMessageContaining("append-only");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void st8AFailedReceiptNeedsANote() {
        List<String> s = sample(token(), 1, "urine");
        var before = allRows();
        assertRuleViolation(
                tech().body("{\"sampleId\": \"%s\", \"outcome\": \"failed\"}".formatted(s.get(0)))
                        .post("/receipts"),
                422,
                "ST-8");
        Response unread = assertProblem(
                tech().body("{\"barcode\": \"%s\", \"note\": \"%s\"}".formatted("B".repeat(51), "n".repeat(2001)))
                        .post("/receipts"),
                400);
        assertThat(unread.jsonPath().getList("errors.field")).containsExactly("barcode", "outcome", "note");
        assertThat(unread.jsonPath().getList("errors.message"))
                .containsExactly("must be at most 50 characters", "is required", "must be at most 2000 characters");
        assertThat(allRows()).isEqualTo(before);
        Response failed = tech().body(("{\"sampleId\": \"%s\", \"outcome\": \"failed\", \"condition\": \"leaking\", "
                                + "\"note\": \"cap cracked\"}")
                        .formatted(s.get(0)))
                .post("/receipts");
        assertThat(failed.statusCode()).isEqualTo(201);
        assertThat(failed.jsonPath().getString("kind")).isEqualTo("receipt_failed");
    }

    @Test
    void st6CheckOutReservesThePositionCountsFreezeThawAndRefusesTwice() {
        String token = token();
        String box = box(unit(token, "freezer", "minus_20").get(3), "Box", 1, 2);
        List<String> s = sample(token, 1, "dna");
        List<String> other = sample(token, 2, "dna");
        assertThat(place(s.get(0), box, "A01").statusCode()).isEqualTo(201);
        for (int cycle = 1; cycle <= 4; cycle++) {
            Response out = post(s.get(0), "check-out", "{}");
            assertThat(out.jsonPath().getInt("freezeThawCount")).isEqualTo(cycle);
            assertThat(out.jsonPath().getBoolean("freezeThawWarning")).isEqualTo(cycle > 3);
            if (cycle == 1) {
                var before = allRows();
                for (String action : List.of("check-in", "release", "discard")) {
                    Response wordy = assertProblem(
                            post(s.get(0), action, "{\"note\": \"%s\"}".formatted("n".repeat(2001))), 400);
                    assertThat(wordy.jsonPath().getList("errors.field")).containsExactly("note");
                }
                assertRuleViolation(post(s.get(0), "check-out", "{}"), 409, "ST-6");
                assertRuleViolation(post(s.get(0), "move", "{\"boxId\": \"%s\"}".formatted(box)), 409, "ST-6");
                // The position stays reserved: nobody else gets it.
                assertRuleViolation(place(other.get(0), box, "A01"), 409, "ST-3");
                assertThat(allRows()).isEqualTo(before);
            }
            assertThat(post(s.get(0), "check-in", "{}").statusCode()).isEqualTo(200);
        }
        assertRuleViolation(post(s.get(0), "check-in", "{}"), 409, "ST-6");
        assertRuleViolation(post(s.get(0), "release", "{}"), 409, "ST-6");
    }

    @Test
    void st6AnAliquotInheritsItsParentsFreezeThawCount() {
        String token = token();
        String box = box(unit(token, "freezer", "minus_80").get(3), "Box", 2, 2);
        List<String> parent = sample(token, 1, "dna");
        assertThat(place(parent.get(0), box, null).statusCode()).isEqualTo(201);
        post(parent.get(0), "check-out", "{}");
        post(parent.get(0), "check-in", "{}");
        post(parent.get(0), "check-out", "{}");
        Response aliquot = StorageFixture.samples()
                .body("{\"volume\": {\"value\": 10, \"unit\": \"ul\"}, "
                        + "\"barcode\": \"ST-%s-ALQ\"}".formatted(token))
                .post("/" + parent.get(0) + "/aliquots");
        assertThat(aliquot.statusCode()).as(aliquot.asString()).isEqualTo(201);
        String child = aliquot.jsonPath().getString("id");
        StorageFixture.samples().body("{\"status\": \"validated\"}").post("/" + child + "/status");
        Response placed = place(child, box, null);
        assertThat(placed.statusCode()).as(placed.asString()).isEqualTo(201);
        assertThat(placed.jsonPath().getInt("freezeThawCount")).isEqualTo(2);
    }

    @Test
    void st7DiscardFreesThePositionEmptiesTheSampleAndIsFinal() {
        String token = token();
        String box = box(unit(token, "refrigerator", "plus_4").get(3), "Box", 1, 1);
        List<String> s = sample(token, 1, "saliva");
        List<String> next = sample(token, 2, "saliva");
        assertThat(place(s.get(0), box, null).statusCode()).isEqualTo(201);
        Response discarded = post(s.get(0), "discard", "{\"note\": \"expired\"}");
        assertThat(discarded.statusCode()).as(discarded.asString()).isEqualTo(200);
        assertThat(discarded.jsonPath().getString("state")).isEqualTo("discarded");
        assertThat(discarded.jsonPath().getString("position")).isNull();
        Response inSamples = awaitStatusInSamples(s.get(0), "discarded");
        assertThat(inSamples.jsonPath().getDouble("availableVolume.value")).isEqualTo(0.0);
        var before = allRows();
        assertRuleViolation(place(s.get(0), box, null), 409, "ST-7");
        assertRuleViolation(post(s.get(0), "discard", "{}"), 409, "ST-7");
        assertRuleViolation(post(s.get(0), "check-out", "{}"), 409, "ST-7");
        assertThat(allRows()).isEqualTo(before);
        assertThat(place(next.get(0), box, "A01").statusCode()).isEqualTo(201);
    }
}
