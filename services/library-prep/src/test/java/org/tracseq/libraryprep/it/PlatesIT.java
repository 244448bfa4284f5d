package org.tracseq.libraryprep.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.NEXTERA_KIT;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.UDI_KIT;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.allRows;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.children;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.created;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.kitId;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.sample;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.sampleInSamples;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.tech;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.token;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Library-prep plates: UDI pairs by well down the columns, all or nothing with every problem of
 * every well reported (and nothing made in samples), a retry by Idempotency-Key reusing the tubes.
 */
class PlatesIT {

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    private static Map<String, Object> well(String well, String sampleId) {
        return new HashMap<>(Map.of(
                "well", well,
                "sampleId", sampleId,
                "concentrationNgPerUl", 2,
                "meanFragmentBp", 450,
                "volumeUl", 20,
                "inputVolumeUl", 5));
    }

    private static Map<String, Object> plate(String kitId, List<Map<String, Object>> wells) {
        Map<String, Object> plate = new LinkedHashMap<>();
        plate.put("name", "IT plate " + token());
        plate.put("format", 96);
        plate.put("kitId", kitId);
        plate.put("protocol", "truseq-dna-nano");
        plate.put("wells", wells);
        return plate;
    }

    @Test
    void wellsTakeTheKitsPairsDownTheColumns() {
        String token = token();
        List<Map<String, Object>> wells = new ArrayList<>();
        List<String> labels = List.of("A01", "B01", "H01", "A02", "C03");
        for (int i = 0; i < labels.size(); i++) {
            wells.add(well(labels.get(i), sample(token, i).get(0)));
        }
        JsonPath plate = created(tech().body(plate(kitId(UDI_KIT), wells)).post("/plates"))
                .jsonPath();

        assertThat(plate.getList("libraries.well")).containsExactly("A01", "B01", "H01", "A02", "C03");
        assertThat(plate.getList("libraries.i7Name"))
                .containsExactly("UDI0001", "UDI0002", "UDI0008", "UDI0009", "UDI0019");
        assertThat(plate.getList("libraries.i5Name"))
                .containsExactly("UDI0001", "UDI0002", "UDI0008", "UDI0009", "UDI0019");
        assertThat(plate.getString("libraries[0].i7")).isEqualTo("CCGCGGTT");
        assertThat(plate.getDouble("libraries[0].molarityNm")).isEqualTo(6.73);
        assertThat(plate.getString("libraries[0].plateId")).isEqualTo(plate.getString("id"));

        JsonPath read = tech().get("/plates/" + plate.getString("id")).jsonPath();
        assertThat(read.getList("libraries.id")).isEqualTo(plate.getList("libraries.id"));
        assertThat(tech().queryParam("plateId", plate.getString("id"))
                        .get("/libraries")
                        .jsonPath()
                        .getInt("total"))
                .isEqualTo(5);
    }

    @Test
    void anExplicitIndexReplacesTheWellsPair() {
        String token = token();
        Map<String, Object> a01 = well("A01", sample(token, 1).get(0));
        a01.put("i7Name", "UDI0050");
        JsonPath plate = created(tech().body(plate(
                                kitId(UDI_KIT),
                                List.of(a01, well("B01", sample(token, 2).get(0)))))
                        .post("/plates"))
                .jsonPath();
        assertThat(plate.getList("libraries.i7Name")).containsExactly("UDI0050", "UDI0002");
    }

    @Test
    void everyProblemOfEveryWellIsReportedAndNothingIsMade() {
        String token = token();
        String ok = sample(token, 1).get(0);
        String pending = sample(token, 2, "dna", "pending").get(0);
        String tissue = sample(token, 3, "tissue", "validated").get(0);
        String shared = sample(token, 4).get(0);
        Map<String, Object> twice = well("A01", ok);
        Map<String, Object> unknown = well("E01", UUID.randomUUID().toString());
        Map<String, Object> noSuchIndex = well("F01", ok);
        noSuchIndex.put("i7Name", "UDI0999");
        Map<String, Object> sameIndexes = well("G01", ok);
        sameIndexes.put("i7Name", "UDI0001");
        Map<String, Object> greedy = well("H01", shared);
        greedy.put("inputVolumeUl", 60);
        Map<String, Object> greedyToo = well("A02", shared);
        greedyToo.put("inputVolumeUl", 50);
        List<Map<String, Object>> wells = List.of(
                twice,
                well("A01", ok),
                well("I01", ok),
                well("B01", pending),
                well("C01", tissue),
                unknown,
                noSuchIndex,
                sameIndexes,
                greedy,
                greedyToo,
                well("A12", ok));
        List<Long> before = allRows();

        Response refused = tech().body(plate(kitId(UDI_KIT), wells)).post("/plates");

        assertProblem(refused, 422);
        assertThat(refused.jsonPath().getList("errors.field", String.class))
                .containsExactlyInAnyOrder(
                        "wells[1].well",
                        "wells[2].well",
                        "wells[3]",
                        "wells[4]",
                        "wells[5]",
                        "wells[6].i7Name",
                        "wells[7].i7Name",
                        "wells[8].inputVolumeUl",
                        "wells[9].inputVolumeUl",
                        "wells[10].i7Name");
        List<String> messages = refused.jsonPath().getList("errors.message", String.class);
        assertThat(messages)
                .anySatisfy(m -> assertThat(m).startsWith("LB-1: well A01 is given twice"))
                .anySatisfy(m -> assertThat(m).startsWith("LB-1: a 96-well plate has wells A01 to H12, not I01"))
                .anySatisfy(m -> assertThat(m).startsWith("SM-1: ").contains("is pending"))
                .anySatisfy(m -> assertThat(m).startsWith("LB-1: ").contains("tissue"))
                .anySatisfy(m -> assertThat(m).contains("is not known to the samples service"))
                .anySatisfy(m -> assertThat(m).startsWith("LB-4: ").contains("no i7 index 'UDI0999'"))
                .anySatisfy(m -> assertThat(m).startsWith("LB-4: well G01 has the indexes of well A01"))
                .anySatisfy(m -> assertThat(m).startsWith("SM-1: ").contains("110 µL cannot be taken"))
                .anySatisfy(
                        m -> assertThat(m).startsWith("LB-4: ").contains("has 88 pairs; well A12 would take pair 89"));
        assertThat(refused.jsonPath().getString("rule")).isNull();

        assertThat(allRows()).isEqualTo(before);
        for (String sampleId : List.of(ok, pending, tissue, shared)) {
            assertThat(children(sampleId)).isZero();
        }
    }

    @Test
    void aKitWithoutPairsNeedsEveryWellsIndexesNamed() {
        Response refused = tech().body(plate(
                        kitId(NEXTERA_KIT),
                        List.of(well("A01", sample(token(), 1).get(0)))))
                .post("/plates");
        assertProblem(refused, 422);
        assertThat(refused.jsonPath().getString("rule")).isEqualTo("LB-4");
        assertThat(refused.jsonPath().getString("errors[0].message")).contains("is not a unique dual index kit");
    }

    @Test
    void aRetryWithTheSameKeyReusesThePlateAndItsTubes() {
        String token = token();
        String first = sample(token, 1).get(0);
        String second = sample(token, 2).get(0);
        Map<String, Object> body = plate(kitId(UDI_KIT), List.of(well("A01", first), well("B01", second)));
        String key = "it-" + UUID.randomUUID();

        Response made = created(tech().header("Idempotency-Key", key).body(body).post("/plates"));
        Response again = tech().header("Idempotency-Key", key).body(body).post("/plates");

        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.jsonPath().getString("id")).isEqualTo(made.jsonPath().getString("id"));
        assertThat(children(first)).isEqualTo(1);
        assertThat(children(second)).isEqualTo(1);
        assertThat(sampleInSamples(first).jsonPath().getDouble("availableVolume.value"))
                .isEqualTo(95.0);
    }
}
