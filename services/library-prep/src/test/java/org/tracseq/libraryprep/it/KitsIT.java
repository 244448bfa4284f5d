package org.tracseq.libraryprep.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.NEXTERA_KIT;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.TRUSEQ_A;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.UDI_KIT;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.admin;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.allRows;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.created;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.kitId;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.library;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.sample;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.tech;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.token;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * The index catalogue (LB-4) over the wire: the shipped kits seeded, import and export as CSV, a
 * refused file writing nothing, corrections while unused, supersession once in use.
 */
class KitsIT {

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    private static String kitCsv(String name, String i7) {
        return """
                # a test kit
                [Kit]
                name,%s
                indexing,unique_dual
                adapter,TruSeq
                layout,row_wise
                source,integration test
                [Indexes]
                read,name,sequence
                i7,T1,%s
                i5,T1,TTGGCCAA
                i7,T2,CCAAGGTT
                i5,T2,GGTTAACC
                """.formatted(name, i7);
    }

    private static Response importKit(String csv) {
        return admin().body(Map.of("csv", csv)).post("/kits");
    }

    @Test
    void theShippedKitsAreSeededOnce() {
        JsonPath kits = tech().queryParam("size", 500).get("/kits").jsonPath();
        for (String name : List.of(UDI_KIT, NEXTERA_KIT, TRUSEQ_A, "TruSeq Single Indexes Set B")) {
            assertThat(kits.getList("items.findAll { it.name == '" + name + "' }.version"))
                    .as(name)
                    .containsExactly(1);
        }
        JsonPath udi = tech().get("/kits/" + kitId(UDI_KIT)).jsonPath();
        assertThat(udi.getString("indexing")).isEqualTo("unique_dual");
        assertThat(udi.getString("layout")).isEqualTo("column_wise");
        assertThat(udi.getInt("i7Count")).isEqualTo(88);
        assertThat(udi.getInt("i7Length")).isEqualTo(8);
        assertThat(udi.getString("source")).contains("1000000002694");
        assertThat(udi.getString("indexes[0].name")).isEqualTo("UDI0001");
        assertThat(udi.getString("indexes[0].sequence")).isEqualTo("CCGCGGTT");
    }

    @Test
    void aKitImportedFromCsvExportsAsTheSameFile() {
        String name = "IT kit " + token();
        JsonPath kit = created(importKit(kitCsv(name, "ACGTACGT"))).jsonPath();
        assertThat(kit.getInt("version")).isEqualTo(1);
        assertThat(kit.getString("status")).isEqualTo("current");
        assertThat(kit.getBoolean("inUse")).isFalse();
        assertThat(kit.getList("indexes.sequence")).containsExactly("ACGTACGT", "TTGGCCAA", "CCAAGGTT", "GGTTAACC");

        Response export = tech().accept("text/csv").get("/kits/" + kit.getString("id") + "/export.csv");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        JsonPath again = created(admin().body(Map.of("csv", export.asString().replace(name, name + " copy")))
                        .post("/kits"))
                .jsonPath();
        assertThat(again.getList("indexes")).isEqualTo(kit.getList("indexes"));
        assertThat(again.getString("layout")).isEqualTo("row_wise");
    }

    @Test
    void aBrokenFileIsRefusedLineByLineAndNothingIsWritten() {
        List<Long> before = allRows();
        Response refused = importKit(kitCsv("IT kit " + token(), "ACGN") + "i7,T3,acgt\n");
        assertRuleViolation(refused, 422, "LB-4");
        assertThat(refused.jsonPath().getList("errors.field"))
                .containsExactly("csv line 10", "csv line 14", "csv line 14");
        assertThat(allRows()).isEqualTo(before);
    }

    @Test
    void aKitNameIsImportedOnceThenSuperseded() {
        String name = "IT kit " + token();
        created(importKit(kitCsv(name, "ACGTACGT")));
        List<Long> before = allRows();
        assertRuleViolation(importKit(kitCsv(name, "ACGTACGA")), 409, "LB-4");
        assertThat(allRows()).isEqualTo(before);
    }

    @Test
    void anUnusedKitIsCorrectedAKitInUseOnlySuperseded() {
        String name = "IT kit " + token();
        String kitId = created(importKit(kitCsv(name, "ACGTACGA"))).jsonPath().getString("id");

        Response corrected =
                admin().body(Map.of("csv", kitCsv(name, "ACGTACGT"))).put("/kits/" + kitId);
        assertThat(corrected.statusCode()).as(corrected.asString()).isEqualTo(200);
        assertThat(corrected.jsonPath().getString("indexes[0].sequence")).isEqualTo("ACGTACGT");
        assertRuleViolation(
                admin().body(Map.of("csv", kitCsv("Another name", "ACGTACGT"))).put("/kits/" + kitId), 422, "LB-4");

        created(tech().body(library(sample(token(), 1).get(0), kitId, "T1", Map.of()))
                .post("/libraries"));
        assertThat(tech().get("/kits/" + kitId).jsonPath().getBoolean("inUse")).isTrue();
        List<Long> before = allRows();
        assertRuleViolation(
                admin().body(Map.of("csv", kitCsv(name, "GGGGACGT"))).put("/kits/" + kitId), 409, "LB-4");
        assertThat(allRows()).isEqualTo(before);

        JsonPath next = created(
                        admin().body(Map.of("csv", kitCsv(name, "GGGGACGT"))).post("/kits/" + kitId + "/supersede"))
                .jsonPath();
        assertThat(next.getInt("version")).isEqualTo(2);
        JsonPath old = tech().get("/kits/" + kitId).jsonPath();
        assertThat(old.getString("status")).isEqualTo("superseded");
        assertThat(old.getString("supersededBy")).isEqualTo(next.getString("id"));
        assertThat(old.getString("indexes[0].sequence")).isEqualTo("ACGTACGT");

        assertRuleViolation(
                tech().body(library(sample(token(), 2).get(0), kitId, "T1", Map.of()))
                        .post("/libraries"),
                409,
                "LB-4");
        assertRuleViolation(
                admin().body(Map.of("csv", kitCsv(name, "GGGGACGT"))).post("/kits/" + kitId + "/supersede"),
                409,
                "LB-4");
        assertThat(tech().queryParam("includeSuperseded", true)
                        .queryParam("size", 500)
                        .get("/kits")
                        .jsonPath()
                        .getList("items.findAll { it.name == '" + name + "' }.version"))
                .containsExactly(2, 1);
        assertThat(tech().get("/kits/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void anImportRetriedWithItsKeyIsAnsweredOnce() {
        String csv = kitCsv("IT kit " + token(), "ACGTACGT");
        String key = "it-" + UUID.randomUUID();
        Response first = created(
                admin().header("Idempotency-Key", key).body(Map.of("csv", csv)).post("/kits"));
        Response again =
                admin().header("Idempotency-Key", key).body(Map.of("csv", csv)).post("/kits");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
    }
}
