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
import static org.tracseq.storage.it.StorageFixture.tech;
import static org.tracseq.storage.it.StorageFixture.token;
import static org.tracseq.storage.it.StorageFixture.unit;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.Concurrently;
import org.tracseq.platform.testing.TestTokens;
import org.tracseq.platform.testing.TracSeqServer;

/** ST-3 one item per position, ST-4 zones, ST-5 capacity, layouts and free positions, through the API. */
class PlacementIT {

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void st3APlacementByBarcodeOrIdTakesTheNamedOrNextFreePositionAndTheSampleGoesInStorage() {
        String token = token();
        String box = box(unit(token, "freezer", "minus_80").get(3), "Box", 2, 2);
        List<String> a = sample(token, 1, "rna");
        List<String> b = sample(token, 2, "rna");
        Response first = tech().body("{\"barcode\": \"%s\", \"boxId\": \"%s\"}".formatted(a.get(1), box))
                .post("/placements");
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
        assertThat(first.jsonPath().getString("position.position")).isEqualTo("A01");
        assertThat(first.jsonPath().getString("state")).isEqualTo("stored");
        assertThat(first.header("Location")).endsWith("/storage/samples/" + a.get(0));
        awaitStatusInSamples(a.get(0), "in_storage");
        assertThat(place(b.get(0), box, "b02").jsonPath().getString("position.position"))
                .isEqualTo("B02");
        assertThat(tech().get("/samples/by-barcode/" + b.get(1)).jsonPath().getString("position.position"))
                .isEqualTo("B02");
    }

    @Test
    void st3AnOccupiedPositionAFullBoxAndASecondPlaceAreConflictsThatChangeNothing() {
        String token = token();
        String box = box(unit(token, "freezer", "minus_80").get(3), "Box", 1, 2);
        List<String> a = sample(token, 1, "dna");
        List<String> b = sample(token, 2, "dna");
        List<String> c = sample(token, 3, "dna");
        assertThat(place(a.get(0), box, "A01").statusCode()).isEqualTo(201);
        var before = allRows();
        assertRuleViolation(place(b.get(0), box, "A01"), 409, "ST-3");
        assertRuleViolation(place(a.get(0), box, "A02"), 409, "ST-3");
        assertThat(allRows()).isEqualTo(before);
        assertThat(sampleInSamples(b.get(0)).jsonPath().getString("status")).isEqualTo("validated");
        assertThat(place(b.get(0), box, null).jsonPath().getString("position.position"))
                .isEqualTo("A02");
        assertRuleViolation(place(c.get(0), box, null), 409, "ST-3");
        // Only a box holds samples.
        String rack = tech().get("/locations/" + box).jsonPath().getString("parentId");
        assertRuleViolation(place(c.get(0), rack, null), 422, "ST-2");
        assertRuleViolation(
                tech().body("{\"boxId\": \"%s\"}".formatted(rack)).post("/samples/" + a.get(0) + "/move"), 422, "ST-2");
        assertProblem(
                tech().body("{\"boxId\": \"%s\"}".formatted(java.util.UUID.randomUUID()))
                        .post("/samples/" + a.get(0) + "/move"),
                404);
        // A move to a taken position is refused too; a move into a free one frees the old one.
        String other = box(unit(token + "X", "freezer", "minus_80").get(3), "Other", 1, 1);
        assertRuleViolation(
                tech().body("{\"boxId\": \"%s\", \"position\": \"A02\"}".formatted(box))
                        .post("/samples/" + a.get(0) + "/move"),
                409,
                "ST-3");
        assertThat(tech().body("{\"boxId\": \"%s\"}".formatted(other))
                        .post("/samples/" + a.get(0) + "/move")
                        .jsonPath()
                        .getString("position.boxId"))
                .isEqualTo(other);
        assertThat(place(c.get(0), box, "A01").statusCode()).isEqualTo(201);
    }

    @Test
    void st3TwentyConcurrentPlacementsIntoOnePositionHaveExactlyOneWinner() {
        String token = token();
        String box = box(unit(token, "freezer", "minus_80").get(3), "Box", 10, 10);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(sample(token, i, "plasma").get(0));
        }
        List<Concurrently.Answer> answers = Concurrently.post(
                20,
                TestTokens.of(Role.LAB_TECHNICIAN),
                i -> "/placements",
                i -> "{\"sampleId\": \"%s\", \"boxId\": \"%s\", \"position\": \"C03\"}".formatted(ids.get(i), box));
        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);
        assertThat(answers.stream().filter(a -> a.status() == 409))
                .hasSize(19)
                .allSatisfy(a -> assertThat(a.body()).contains("ST-3"));
        assertThat(tech().get("/locations/" + box).jsonPath().getInt("occupied"))
                .isEqualTo(1);
        String winner = ids.get(answers.indexOf(
                answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow()));
        awaitStatusInSamples(winner, "in_storage");
        assertThat(ids.stream()
                        .filter(id -> "in_storage"
                                .equals(sampleInSamples(id).jsonPath().getString("status"))))
                .hasSize(1);
    }

    @Test
    void aRepeatedPlacementWithTheSameIdempotencyKeyPlacesOnceAndAnswersTheSame() {
        String token = token();
        String rack = unit(token, "freezer", "minus_80").get(3);
        String box = box(rack, "Box", 2, 2);
        String other = box(rack, "Other", 2, 2);
        String id = sample(token, 1, "dna").get(0);
        String body = "{\"sampleId\": \"%s\", \"boxId\": \"%s\"}".formatted(id, box);
        String key = "place-" + token;
        Response first = tech().header("Idempotency-Key", key).body(body).post("/placements");
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
        Response replay = tech().header("Idempotency-Key", key).body(body).post("/placements");
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.jsonPath().getString("position.position")).isEqualTo("A01");
        assertThat(tech().get("/locations/" + box).jsonPath().getInt("occupied"))
                .isEqualTo(1);
        assertThat(TracSeqServer.requestAs(Role.DATA_ANALYST)
                        .get("/samples/" + id + "/custody")
                        .jsonPath()
                        .getList("items.kind"))
                .containsExactly("placed");
        var before = allRows();
        assertProblem(
                tech().header("Idempotency-Key", key)
                        .body("{\"sampleId\": \"%s\", \"boxId\": \"%s\"}".formatted(id, other))
                        .post("/placements"),
                422);
        assertThat(allRows()).isEqualTo(before);
    }

    @Test
    void st4ASampleGoesOnlyWhereItsTypeAllowsAndOnlyWhenValidated() {
        String token = token();
        String plus4 = box(unit(token, "refrigerator", "plus_4").get(3), "Box", 2, 2);
        List<String> rna = sample(token, 1, "rna");
        List<String> blood = sample(token, 2, "blood");
        List<String> pending = sample(token, 3, "blood", false);
        var before = allRows();
        assertRuleViolation(place(rna.get(0), plus4, null), 409, "ST-4");
        assertRuleViolation(place(pending.get(0), plus4, null), 409, "SM-STATUS");
        assertProblem(place(java.util.UUID.randomUUID().toString(), plus4, null), 404);
        assertProblem(tech().body("{\"boxId\": \"%s\"}".formatted(plus4)).post("/placements"), 400);
        assertProblem(
                tech().body("{\"sampleId\": \"%s\", \"barcode\": \"%s\", \"boxId\": \"%s\"}"
                                .formatted(rna.get(0), rna.get(1), plus4))
                        .post("/placements"),
                400);
        assertProblem(
                tech().body("{\"sampleId\": \"nope\", \"boxId\": \"%s\"}".formatted(plus4))
                        .post("/placements"),
                400);
        Response unplaceable = assertProblem(
                tech().body("{\"barcode\": \"%s\", \"note\": \"%s\"}".formatted("B".repeat(51), "n".repeat(2001)))
                        .post("/placements"),
                400);
        assertThat(unplaceable.jsonPath().getList("errors.field")).containsExactly("barcode", "boxId", "note");
        assertThat(unplaceable.jsonPath().getList("errors.message"))
                .containsExactly("must be at most 50 characters", "is required", "must be at most 2000 characters");
        Response unmoved = assertProblem(
                tech().body("{\"note\": \"%s\"}".formatted("n".repeat(2001)))
                        .post("/samples/" + blood.get(0) + "/move"),
                400);
        assertThat(unmoved.jsonPath().getList("errors.field")).containsExactly("boxId", "note");
        assertThat(allRows()).isEqualTo(before);
        assertThat(place(blood.get(0), plus4, null).statusCode()).isEqualTo(201);
    }

    @Test
    void st5CapacityCrossesWarningAndCriticalBothWaysWithEventsAndTheReportShowsUnitsAndZones() {
        String token = token();
        List<String> chain = unit(token, "freezer", "minus_20");
        String box = box(chain.get(3), "Box", 4, 5);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            ids.add(sample(token, i, "serum").get(0));
            assertThat(place(ids.get(i), box, null).statusCode()).isEqualTo(201);
        }
        Response unit = tech().get("/locations/" + chain.get(2));
        assertThat(unit.jsonPath().getInt("occupied")).isEqualTo(19);
        assertThat(unit.jsonPath().getString("capacityStatus")).isEqualTo("critical");
        // Taking one out again crosses back.
        assertThat(tech().body("{}")
                        .post("/samples/" + ids.get(0) + "/check-out")
                        .statusCode())
                .isEqualTo(200);
        assertThat(tech().body("{}").post("/samples/" + ids.get(0) + "/release").statusCode())
                .isEqualTo(200);
        List<String> details = TracSeqServer.requestAs(Role.DATA_ANALYST)
                .queryParam("size", 100)
                .get("/locations/" + chain.get(2) + "/custody")
                .jsonPath()
                .getList("items.findAll { it.kind == " + "'capacity_changed' && it.locationId == '" + chain.get(2)
                        + "' }.detail");
        assertThat(details)
                .containsExactly(
                        "Unit 1: critical -> warning (18 of 20 positions)",
                        "Unit 1: warning -> critical (19 of 20 positions)",
                        "Unit 1: ok -> warning (16 of 20 positions)");
        Response report = tech().get("/reports/occupancy");
        Map<String, Object> row = report.jsonPath().getMap("units.find { it.unitId == '" + chain.get(2) + "' }");
        assertThat(row)
                .containsEntry("capacity", 20)
                .containsEntry("occupied", 18)
                .containsEntry("capacityStatus", "warning");
        assertThat(report.jsonPath().getList("zones.zone")).contains("minus_20");
    }

    @Test
    void freePositionsInAZoneComeInStorageOrderAndSkipTakenOnes() {
        String token = token();
        List<String> chain = unit(token, "ln2_tank", "liquid_nitrogen");
        String box = box(chain.get(3), "Box", 2, 2);
        assertThat(place(sample(token, 1, "tissue").get(0), box, "A01").statusCode())
                .isEqualTo(201);
        Response free = tech().queryParam("within", chain.get(0))
                .queryParam("zone", "liquid_nitrogen")
                .queryParam("count", 10)
                .get("/free-positions");
        assertThat(free.statusCode()).as(free.asString()).isEqualTo(200);
        assertThat(free.jsonPath().getList("items.position")).containsExactly("A02", "B01", "B02");
        assertProblem(tech().queryParam("count", 0).get("/free-positions"), 400);
        assertProblem(tech().queryParam("zone", "minus_70").get("/free-positions"), 400);
    }

    @Test
    void aBoxLayoutMovesSwapsAndPlacesAtomicallyOrNotAtAll() {
        String token = token();
        String rack = unit(token, "freezer", "minus_80").get(3);
        String box = box(rack, "Scanned", 2, 2);
        String elsewhere = box(rack, "Elsewhere", 2, 2);
        List<String> a = sample(token, 1, "dna");
        List<String> b = sample(token, 2, "dna");
        List<String> c = sample(token, 3, "dna");
        List<String> rna = sample(token, 4, "rna");
        assertThat(place(a.get(0), box, "A01").statusCode()).isEqualTo(201);
        assertThat(place(b.get(0), box, "A02").statusCode()).isEqualTo(201);
        assertThat(place(c.get(0), elsewhere, "B02").statusCode()).isEqualTo(201);
        // A scanner saw a and b swapped, c brought over and a new tube in B02.
        Response swapped = tech().body("""
                {"positions": [{"position": "A01", "barcode": "%s"}, {"position": "A02", "sampleId": "%s"},
                               {"position": "B01", "sampleId": "%s"}, {"position": "B02", "sampleId": "%s"}],
                 "note": "rack scan"}""".formatted(
                        b.get(1), a.get(0), c.get(0), sample(token, 5, "dna").get(0)))
                .post("/locations/" + box + "/layout");
        assertThat(swapped.statusCode()).as(swapped.asString()).isEqualTo(200);
        assertThat(swapped.jsonPath().getInt("moved")).isEqualTo(3);
        assertThat(swapped.jsonPath().getInt("placed")).isEqualTo(1);
        assertThat(swapped.jsonPath().getList("grid.cells.barcode"))
                .containsExactly(b.get(1), a.get(1), c.get(1), "ST-" + token + "-5");
        assertThat(tech().get("/locations/" + elsewhere).jsonPath().getInt("occupied"))
                .isEqualTo(0);

        var before = allRows();
        Response nothing = assertProblem(tech().body("{\"positions\": []}").post("/locations/" + box + "/layout"), 400);
        assertThat(nothing.jsonPath().getList("errors.field")).containsExactly("positions");
        assertThat(nothing.jsonPath().getList("errors.message")).containsExactly("must not be empty");
        Response unlabelled = assertProblem(
                tech().body(
                                "{\"positions\": [{\"sampleId\": \"%s\"}, {\"position\": \"\", \"barcode\": \"%s\"}], \"note\": \"%s\"}"
                                        .formatted(a.get(0), "B".repeat(51), "n".repeat(2001)))
                        .post("/locations/" + box + "/layout"),
                400);
        assertThat(unlabelled.jsonPath().getList("errors.field"))
                .containsExactly("positions[0].position", "positions[1].position", "positions[1].barcode", "note");
        assertThat(allRows()).isEqualTo(before);
        // A position taken by a tube the layout does not list elsewhere is refused.
        String outsider = box(rack, "Outsider", 1, 1);
        assertThat(place(rna.get(0), outsider, "A01").statusCode()).isEqualTo(201);
        var withOutsider = allRows();
        assertRuleViolation(
                tech().body("{\"positions\": [{\"position\": \"A01\", \"sampleId\": \"%s\"}]}".formatted(rna.get(0)))
                        .post("/locations/" + box + "/layout"),
                409,
                "ST-3");
        assertProblem(
                tech().body(("{\"positions\": [{\"position\": \"A01\", \"sampleId\": \"%s\"}, "
                                        + "{\"position\": \"a1\", \"sampleId\": \"%s\"}]}")
                                .formatted(a.get(0), b.get(0)))
                        .post("/locations/" + box + "/layout"),
                400);
        assertRuleViolation(
                tech().body("{\"positions\": [{\"position\": \"C01\", \"sampleId\": \"%s\"}]}".formatted(a.get(0)))
                        .post("/locations/" + box + "/layout"),
                422,
                "ST-2");
        assertThat(allRows()).isEqualTo(withOutsider);
        assertThat(before).isNotEqualTo(withOutsider);
    }
}
