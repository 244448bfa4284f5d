package org.tracseq.storage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;
import static org.tracseq.storage.it.StorageFixture.allRows;
import static org.tracseq.storage.it.StorageFixture.box;
import static org.tracseq.storage.it.StorageFixture.child;
import static org.tracseq.storage.it.StorageFixture.pi;
import static org.tracseq.storage.it.StorageFixture.place;
import static org.tracseq.storage.it.StorageFixture.sample;
import static org.tracseq.storage.it.StorageFixture.tech;
import static org.tracseq.storage.it.StorageFixture.token;
import static org.tracseq.storage.it.StorageFixture.unit;

import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TracSeqServer;

/** ST-1 hierarchy, ST-2 geometry and ST-4 zones of units, through the API. */
class HierarchyIT {

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void st1AHierarchyIsBuiltFromPermittedKindsAndReadBackWithItsPath() {
        List<String> chain = unit(token(), "freezer", "minus_80");
        String box = box(chain.get(3), "Box A", 9, 9);
        Response read = tech().get("/locations/" + box);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.jsonPath().getList("path.kind")).containsExactly("facility", "room", "freezer", "rack", "box");
        assertThat(read.jsonPath().getString("zone")).isEqualTo("minus_80");
        assertThat(read.jsonPath().getInt("capacity")).isEqualTo(81);
        assertThat(tech().get("/locations/" + chain.get(0)).jsonPath().getInt("capacity"))
                .isEqualTo(81);
        assertThat(tech().queryParam("parentId", chain.get(3))
                        .get("/locations")
                        .jsonPath()
                        .getList("items.name"))
                .containsExactly("Box A");
    }

    @Test
    void listsComeInPagesWithTheirTotalAndRefuseAnInvalidPage() {
        String rack = unit(token(), "freezer", "minus_80").get(3);
        for (String name : List.of("Box 3", "Box 1", "Box 2")) {
            box(rack, name, 1, 1);
        }
        Response second = tech().queryParam("parentId", rack)
                .queryParam("page", 1)
                .queryParam("size", 2)
                .get("/locations");
        assertThat(second.statusCode()).as(second.asString()).isEqualTo(200);
        assertThat(second.jsonPath().getList("items.name")).containsExactly("Box 3");
        assertThat(second.jsonPath().getInt("page")).isEqualTo(1);
        assertThat(second.jsonPath().getInt("size")).isEqualTo(2);
        assertThat(second.jsonPath().getInt("total")).isEqualTo(3);
        assertProblem(tech().queryParam("size", 501).get("/locations"), 400);
        assertProblem(tech().queryParam("page", -1).get("/locations"), 400);
    }

    @Test
    void aRepeatedCreationWithTheSameIdempotencyKeyCreatesOnce() {
        String body = "{\"kind\": \"facility\", \"name\": \"IT facility %s\"}".formatted(token());
        String key = "create-" + token();
        Response first = pi().header("Idempotency-Key", key).body(body).post("/locations");
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
        var before = allRows();
        Response replay = pi().header("Idempotency-Key", key).body(body).post("/locations");
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(allRows()).isEqualTo(before);
    }

    @Test
    void st1ForbiddenKindsCyclesAndDeletingWhatHoldsSomethingAreRefusedAndChangeNothing() {
        String token = token();
        List<String> chain = unit(token, "freezer", "minus_20");
        String box = box(chain.get(3), "Box B", 2, 2);
        var before = allRows();
        assertRuleViolation(
                pi().body("{\"kind\": \"box\", \"name\": \"x\", \"parentId\": \"%s\", \"rows\": 1, \"columns\": 1}"
                                .formatted(chain.get(1)))
                        .post("/locations"),
                422,
                "ST-1");
        assertRuleViolation(pi().body("{\"kind\": \"room\", \"name\": \"x\"}").post("/locations"), 422, "ST-1");
        assertRuleViolation(
                pi().body("{\"kind\": \"facility\", \"name\": \"x\", \"parentId\": \"%s\"}".formatted(chain.get(0)))
                        .post("/locations"),
                422,
                "ST-1");
        assertRuleViolation(
                pi().body("{\"parentId\": \"%s\"}".formatted(chain.get(3)))
                        .post("/locations/" + chain.get(2) + "/move"),
                422,
                "ST-1");
        assertRuleViolation(pi().delete("/locations/" + chain.get(2)), 409, "ST-1");
        assertProblem(
                pi().body("{\"kind\": \"rack\", \"name\": \"Rack 1\", \"parentId\": \"%s\"}".formatted(chain.get(2)))
                        .post("/locations"),
                409);
        Response nameless = assertProblem(pi().body("{\"kind\": \"shelf\"}").post("/locations"), 400);
        assertThat(nameless.jsonPath().getList("errors.field")).containsExactly("name");
        Response blank = assertProblem(
                pi().body("{\"kind\": \"facility\", \"name\": \"   \"}").post("/locations"), 400);
        assertThat(blank.jsonPath().getList("errors.message")).containsExactly("must not be blank");
        Response tooLong = assertProblem(
                pi().body("{\"kind\": \"facility\", \"name\": \"%s\", \"description\": \"%s\"}"
                                .formatted("n".repeat(201), "d".repeat(2001)))
                        .post("/locations"),
                400);
        assertThat(tooLong.jsonPath().getList("errors.field")).containsExactly("name", "description");
        assertThat(tooLong.jsonPath().getList("errors.message"))
                .containsExactly("must be at most 200 characters", "must be at most 2000 characters");
        assertProblem(pi().body("{\"kind\": \"cupboard\", \"name\": \"x\"}").post("/locations"), 400);
        assertProblem(pi().body("not json").post("/locations"), 400);
        assertThat(allRows()).isEqualTo(before);

        // A stored sample makes the box, and everything above it, undeletable.
        List<String> dna = sample(token, 1, "dna");
        assertThat(place(dna.get(0), box, "A01").statusCode()).isEqualTo(201);
        assertRuleViolation(pi().delete("/locations/" + box), 409, "ST-1");
        String emptyBox = box(chain.get(3), "Box C", 1, 1);
        Response deleted = pi().delete("/locations/" + emptyBox);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.jsonPath().getString("name")).isEqualTo("Box C");
        assertProblem(tech().get("/locations/" + emptyBox), 404);
    }

    @Test
    void st1NoCyclesAndAMovedRackTakesItsContentsAlongWhenTheirTypesAllowTheNewZone() {
        String token = token();
        List<String> minus80 = unit(token, "freezer", "minus_80");
        String otherFreezer = StorageFixture.createLocation("{\"kind\": \"freezer\", \"name\": \"Unit 2\", "
                + "\"parentId\": \"%s\", \"zone\": \"minus_20\"}".formatted(minus80.get(1)));
        String ln2 = StorageFixture.createLocation("{\"kind\": \"ln2_tank\", \"name\": \"Tank\", "
                + "\"parentId\": \"%s\", \"zone\": \"liquid_nitrogen\"}".formatted(minus80.get(1)));
        String box = box(minus80.get(3), "Box", 2, 2);
        List<String> dna = sample(token, 1, "dna");
        assertThat(place(dna.get(0), box, null).statusCode()).isEqualTo(201);

        // A cycle: a rack cannot go into itself (the kinds already forbid anything below it).
        assertRuleViolation(
                pi().body("{\"parentId\": \"%s\"}".formatted(minus80.get(1)))
                        .post("/locations/" + minus80.get(1) + "/move"),
                422,
                "ST-1");
        // DNA may not be kept in liquid nitrogen (ST-4): the rack with it stays where it is.
        String before = StorageFixture.stateOf(minus80.get(0));
        assertRuleViolation(
                pi().body("{\"parentId\": \"%s\"}".formatted(ln2)).post("/locations/" + minus80.get(3) + "/move"),
                409,
                "ST-4");
        assertThat(StorageFixture.stateOf(minus80.get(0))).isEqualTo(before);
        Response moved = pi().body("{\"parentId\": \"%s\"}".formatted(otherFreezer))
                .post("/locations/" + minus80.get(3) + "/move");
        assertThat(moved.statusCode()).as(moved.asString()).isEqualTo(200);
        assertThat(moved.jsonPath().getString("zone")).isEqualTo("minus_20");
        assertThat(tech().get("/locations/" + box).jsonPath().getString("zone")).isEqualTo("minus_20");
        assertThat(tech().get("/locations/" + otherFreezer).jsonPath().getInt("occupied"))
                .isEqualTo(1);
        assertThat(tech().get("/locations/" + minus80.get(2)).jsonPath().getInt("occupied"))
                .isEqualTo(0);
        assertThat(tech().get("/samples/" + dna.get(0)).jsonPath().getList("position.path.name"))
                .contains("Unit 2");
    }

    @Test
    void st2GeometryLabelsTheGridAndIsFixedOnceUsed() {
        String token = token();
        List<String> chain = unit(token, "refrigerator", "plus_4");
        String box = box(chain.get(3), "Box", 8, 12);
        Response grid = tech().get("/locations/" + box + "/grid");
        assertThat(grid.jsonPath().getList("cells.position"))
                .hasSize(96)
                .startsWith("A01", "A02")
                .endsWith("H12");
        Response changed = pi().body("{\"rows\": 9, \"columns\": 9}").put("/locations/" + box + "/geometry");
        assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(200);
        assertThat(tech().get("/locations/" + chain.get(0)).jsonPath().getInt("capacity"))
                .isEqualTo(81);
        // The contract's limits (x-rule ST-2) refuse a geometry the labels cannot name before anything runs.
        Response tooTall = assertRuleViolation(
                pi().body("{\"rows\": 27, \"columns\": 9}").put("/locations/" + box + "/geometry"), 400, "ST-2");
        assertThat(tooTall.jsonPath().getList("errors.field")).containsExactly("rows");
        assertThat(tooTall.jsonPath().getList("errors.message")).containsExactly("ST-2: must be at most 26");
        Response tooWide = assertRuleViolation(
                pi().body("{\"kind\": \"box\", \"name\": \"wide\", \"parentId\": \"%s\", \"rows\": 1, \"columns\": 100}"
                                .formatted(chain.get(3)))
                        .post("/locations"),
                400,
                "ST-2");
        assertThat(tooWide.jsonPath().getList("errors.field")).containsExactly("columns");
        assertRuleViolation(
                pi().body("{\"kind\": \"box\", \"name\": \"nogrid\", \"parentId\": \"%s\"}".formatted(chain.get(3)))
                        .post("/locations"),
                422,
                "ST-2");

        List<String> dna = sample(token, 1, "dna");
        assertRuleViolation(place(dna.get(0), box, "J01"), 422, "ST-2");
        assertThat(place(dna.get(0), box, "I09").statusCode()).isEqualTo(201);
        assertThat(tech().get("/locations/" + box + "/grid").jsonPath().getString("cells[80].barcode"))
                .isEqualTo(dna.get(1));
        assertThat(tech().body("{}")
                        .post("/samples/" + dna.get(0) + "/check-out")
                        .statusCode())
                .isEqualTo(200);
        assertThat(tech().body("{}").post("/samples/" + dna.get(0) + "/release").statusCode())
                .isEqualTo(200);
        // Empty again, but it was used: the geometry stays.
        assertRuleViolation(
                pi().body("{\"rows\": 10, \"columns\": 10}").put("/locations/" + box + "/geometry"), 409, "ST-2");
        assertThat(tech().get("/locations/" + box).jsonPath().getBoolean("geometryLocked"))
                .isTrue();
    }

    @Test
    void st4AUnitNeedsAZoneItsKindRunsAt() {
        List<String> chain = unit(token(), "incubator", "incubator_37");
        assertRuleViolation(
                pi().body("{\"kind\": \"freezer\", \"name\": \"F\", \"parentId\": \"%s\"}".formatted(chain.get(1)))
                        .post("/locations"),
                422,
                "ST-4");
        assertRuleViolation(
                pi().body("{\"kind\": \"freezer\", \"name\": \"F\", \"parentId\": \"%s\", \"zone\": \"plus_4\"}"
                                .formatted(chain.get(1)))
                        .post("/locations"),
                422,
                "ST-4");
        assertRuleViolation(
                pi().body("{\"kind\": \"rack\", \"name\": \"R\", \"parentId\": \"%s\", \"zone\": \"minus_80\"}"
                                .formatted(chain.get(2)))
                        .post("/locations"),
                422,
                "ST-4");
        assertThat(child(chain.get(2), "shelf", "Shelf")).isNotBlank();
    }
}
