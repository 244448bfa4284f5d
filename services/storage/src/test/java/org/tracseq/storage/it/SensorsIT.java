package org.tracseq.storage.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;
import static org.tracseq.storage.it.StorageFixture.allRows;
import static org.tracseq.storage.it.StorageFixture.tech;
import static org.tracseq.storage.it.StorageFixture.token;
import static org.tracseq.storage.it.StorageFixture.unit;

import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TracSeqServer;

/** ST-9: readings, alerts outside the zone's range, acknowledgement, through the API. */
class SensorsIT {

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void st9AnOutOfRangeReadingRaisesOneAlertUntilAcknowledged() {
        List<String> chain = unit(token(), "freezer", "minus_80");
        String freezer = chain.get(2);
        Response ok = tech().body("{\"temperature\": -80.5, \"sensorId\": \"probe-1\"}")
                .post("/locations/" + freezer + "/readings");
        assertThat(ok.statusCode()).as(ok.asString()).isEqualTo(201);
        assertThat(ok.jsonPath().getBoolean("reading.withinRange")).isTrue();
        assertThat(ok.jsonPath().getString("alert")).isNull();
        Response warm = tech().body("{\"temperature\": -50}").post("/locations/" + freezer + "/readings");
        assertThat(warm.jsonPath().getString("alert.kind")).isEqualTo("too_warm");
        String alertId = warm.jsonPath().getString("alert.id");
        Response batch = tech().body(
                        ("{\"readings\": [{\"unitId\": \"%s\", \"temperature\": -40}, {\"unitId\": \"%s\", "
                                        + "\"temperature\": -79}]}")
                                .formatted(freezer, freezer))
                .post("/readings");
        assertThat(batch.statusCode()).as(batch.asString()).isEqualTo(201);
        assertThat(batch.jsonPath().getInt("recorded")).isEqualTo(2);
        assertThat(batch.jsonPath().getString("alerts[0].id")).isEqualTo(alertId);
        assertThat(batch.jsonPath().getInt("alerts[0].readings")).isEqualTo(2);
        assertThat(tech().queryParam("size", 500).get("/alerts").jsonPath().getList("items.id"))
                .contains(alertId);
        assertThat(tech().get("/locations/" + freezer + "/readings").jsonPath().getInt("total"))
                .isEqualTo(4);
        List<String> events = TracSeqServer.requestAs(Role.DATA_ANALYST)
                .get("/locations/" + chain.get(0) + "/custody")
                .jsonPath()
                .getList("items.kind");
        assertThat(events).containsExactly("temperature_alert");

        Response acknowledged =
                tech().body("{\"note\": \"door was open\"}").post("/alerts/" + alertId + "/acknowledge");
        assertThat(acknowledged.statusCode()).as(acknowledged.asString()).isEqualTo(200);
        assertThat(acknowledged.jsonPath().getString("acknowledgedBy")).isEqualTo("it-lab_technician");
        assertRuleViolation(tech().body("{}").post("/alerts/" + alertId + "/acknowledge"), 409, "ST-9");
        assertThat(tech().queryParam("size", 500).get("/alerts").jsonPath().getList("items.id"))
                .doesNotContain(alertId);
        Response cold = tech().body("{\"temperature\": -120}").post("/locations/" + freezer + "/readings");
        assertThat(cold.jsonPath().getString("alert.kind")).isEqualTo("too_cold");
        assertThat(cold.jsonPath().getString("alert.id")).isNotEqualTo(alertId);
    }

    @Test
    void st9ReadingsBelongToUnitsAndABadBatchRecordsNothing() {
        List<String> chain = unit(token(), "refrigerator", "plus_4");
        var before = allRows();
        assertRuleViolation(
                tech().body("{\"temperature\": 4}").post("/locations/" + chain.get(3) + "/readings"), 422, "ST-9");
        assertProblem(
                tech().body(("{\"readings\": [{\"unitId\": \"%s\", \"temperature\": 4}, {\"unitId\": \"%s\", "
                                        + "\"temperature\": 30}]}")
                                .formatted(chain.get(2), java.util.UUID.randomUUID()))
                        .post("/readings"),
                404);
        Response cold = assertProblem(
                tech().body("{\"temperature\": -300, \"sensorId\": \"%s\"}".formatted("s".repeat(101)))
                        .post("/locations/" + chain.get(2) + "/readings"),
                400);
        assertThat(cold.jsonPath().getList("errors.field")).containsExactly("temperature", "sensorId");
        assertThat(cold.jsonPath().getList("errors.message"))
                .containsExactly("must be at least -273.15", "must be at most 100 characters");
        Response fine = assertProblem(
                tech().body("{\"temperature\": 4.005}").post("/locations/" + chain.get(2) + "/readings"), 400);
        assertThat(fine.jsonPath().getList("errors.message")).containsExactly("must be a multiple of 0.01");
        Response none = assertProblem(tech().body("{\"readings\": []}").post("/readings"), 400);
        assertThat(none.jsonPath().getList("errors.field")).containsExactly("readings");
        Response rows = assertProblem(
                tech().body("{\"readings\": [{\"temperature\": 4}, {\"unitId\": \"%s\", \"temperature\": 201}]}"
                                .formatted(chain.get(2)))
                        .post("/readings"),
                400);
        assertThat(rows.jsonPath().getList("errors.field"))
                .containsExactly("readings[0].unitId", "readings[1].temperature");
        assertProblem(tech().body("{}").post("/locations/" + chain.get(2) + "/readings"), 400);
        assertProblem(tech().queryParam("state", "closed").get("/alerts"), 400);
        assertProblem(tech().body("{}").post("/alerts/" + java.util.UUID.randomUUID() + "/acknowledge"), 404);
        assertThat(allRows()).isEqualTo(before);
    }

    /** Issue 16 item 7: a date-time beyond what can be stored is the client's mistake, a 400 naming it. */
    @Test
    void aReadingAtAnImpossibleTimeIsA400NamingIt() {
        List<String> chain = unit(token(), "refrigerator", "plus_4");
        var before = allRows();
        String far = "+292278994-08-17T07:12:55Z";
        Response single = assertProblem(
                tech().body("{\"temperature\": 4, \"measuredAt\": \"%s\"}".formatted(far))
                        .post("/locations/" + chain.get(2) + "/readings"),
                400);
        assertThat(single.asString()).contains("measuredAt");
        Response batch = assertProblem(
                tech().body("{\"readings\": [{\"unitId\": \"%s\", \"temperature\": 4, \"measuredAt\": \"%s\"}]}"
                                .formatted(chain.get(2), far))
                        .post("/readings"),
                400);
        assertThat(batch.asString()).contains("measuredAt");
        assertThat(allRows()).isEqualTo(before);
    }
}
