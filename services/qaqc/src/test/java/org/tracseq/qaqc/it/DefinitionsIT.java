package org.tracseq.qaqc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TracSeqServer;

/** Metric definitions: the QC-2 defaults seeded, administrators' changes as new versions (QC-1). */
class DefinitionsIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void theQc2DefaultsAreSeeded() {
        JsonPath all = QcFixture.as(Role.GUEST).get("/definitions").jsonPath();
        assertThat(range(all, "rin", "rna")).isEqualTo(List.of(7, true, "none", true));
        assertThat(range(all, "dv200", "rna")).isEqualTo(List.of(30, false, "none", true));
        assertThat(range(all, "a260_280", "dna")).isEqualTo(List.of(1.8f, true, 2.1f, true));
        assertThat(range(all, "a260_230", "rna")).isEqualTo(List.of(1.8f, true, 2.4f, true));
        assertThat(range(all, "concentration", "dna")).isEqualTo(List.of("none", true, 1000, true));
        assertThat(range(all, "volume", "dna")).isEqualTo(List.of(10, true, "none", true));
        assertThat(range(all, "concentration", "library")).isEqualTo(List.of(5, true, "none", true));
        assertThat(range(all, "molarity", "library")).isEqualTo(List.of(10, true, "none", true));
        assertThat(range(all, "volume", "library")).isEqualTo(List.of(15, true, "none", true));
        assertThat(range(all, "molarity", "pool")).isEqualTo(List.of(10, true, "none", true));
        assertThat(range(all, "volume", "pool")).isEqualTo(List.of(15, true, "none", true));
    }

    /** [passMin, passMinInclusive, passMax, passMaxInclusive] of the current version, "none" for an open end. */
    private static List<Object> range(JsonPath all, String metric, String appliesTo) {
        Map<String, Object> definition =
                all.getMap("items.find { it.metric == '%s' && it.appliesTo == '%s' }".formatted(metric, appliesTo));
        assertThat(definition).as(metric + " for " + appliesTo).isNotNull();
        return List.of(
                definition.getOrDefault("passMin", "none"),
                definition.get("passMinInclusive"),
                definition.getOrDefault("passMax", "none"),
                definition.get("passMaxInclusive"));
    }

    @Test
    void aChangeIsANewVersionAndPastResultsKeepTheirs() {
        String metric = QcFixture.define("dna", "\"passMin\": 10");
        QcFixture.Known sample = QcFixture.sample("dna");
        String before = QcFixture.recordedId(sample.barcode(), metric, "12");

        Response changed = QcFixture.as(Role.LAB_ADMINISTRATOR)
                .body("""
                        {"metric":"%s","appliesTo":"dna","unit":"x","passMin":15,"reason":"stricter kit"}""".formatted(metric))
                .post("/definitions")
                .andReturn();
        assertThat(changed.statusCode()).isEqualTo(201);
        assertThat(changed.jsonPath().getInt("version")).isEqualTo(2);
        assertThat(changed.jsonPath().getString("createdBy")).isEqualTo("it-lab_administrator");

        String after = QcFixture.recordedId(sample.barcode(), metric, "12");
        JsonPath old = QcFixture.as(Role.GUEST).get("/results/" + before).jsonPath();
        assertThat(old.getString("outcome")).isEqualTo("pass");
        assertThat(old.getInt("definitionVersion")).isEqualTo(1);
        JsonPath now = QcFixture.as(Role.GUEST).get("/results/" + after).jsonPath();
        assertThat(now.getString("outcome")).isEqualTo("fail");
        assertThat(now.getInt("definitionVersion")).isEqualTo(2);

        assertThat(QcFixture.as(Role.GUEST)
                        .get("/definitions/" + metric + "/dna/versions")
                        .jsonPath()
                        .getList("items.version", Integer.class))
                .containsExactly(2, 1);
    }

    @Test
    void contradictoryRangesAreRefusedNamingQc1AndWriteNothing() {
        var before = QcFixture.rowCounts();
        assertRuleViolation(
                QcFixture.as(Role.LAB_ADMINISTRATOR)
                        .body(
                                "{\"metric\":\"it_bad\",\"appliesTo\":\"dna\",\"unit\":\"x\",\"passMin\":5,\"passMax\":2}")
                        .post("/definitions")
                        .andReturn(),
                422,
                "QC-1");
        assertRuleViolation(
                QcFixture.as(Role.LAB_ADMINISTRATOR)
                        .body(
                                "{\"metric\":\"it_bad\",\"appliesTo\":\"dna\",\"unit\":\"x\",\"passMin\":1,\"verificationsRequired\":5}")
                        .post("/definitions")
                        .andReturn(),
                400,
                "QC-3");
        assertThat(QcFixture.rowCounts()).isEqualTo(before);
    }

    @Test
    void aRepeatedChangeWithItsKeyIsOneVersion() {
        String metric = QcFixture.define("rna", "\"passMin\": 1");
        String key = UUID.randomUUID().toString();
        String body = "{\"metric\":\"%s\",\"appliesTo\":\"rna\",\"unit\":\"x\",\"passMin\":2}".formatted(metric);
        Response first = QcFixture.as(Role.LAB_ADMINISTRATOR)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/definitions");
        Response again = QcFixture.as(Role.LAB_ADMINISTRATOR)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/definitions");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(QcFixture.as(Role.GUEST)
                        .get("/definitions/" + metric + "/rna/versions")
                        .jsonPath()
                        .getList("items"))
                .hasSize(2);
    }

    @Test
    void anUnknownDefinitionHasNoVersions() {
        assertThat(QcFixture.as(Role.GUEST)
                        .get("/definitions/it_never/dna/versions")
                        .statusCode())
                .isEqualTo(404);
    }
}
