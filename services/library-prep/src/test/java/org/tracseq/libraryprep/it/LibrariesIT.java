package org.tracseq.libraryprep.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.NEXTERA_KIT;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.TRUSEQ_A;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.UDI_KIT;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.allRows;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.children;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.created;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.kitId;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.library;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.sample;
import static org.tracseq.libraryprep.it.LibraryPrepFixture.sampleInSamples;
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
 * Libraries made one at a time against the real samples service: the input is a derived child there
 * (the sample's volume falls, lineage shows the tube), molarity right to 0.01 nM (LB-2), refusals
 * naming their rule with nothing written anywhere, retries by Idempotency-Key reusing the tube,
 * normalisation (LB-3).
 */
class LibrariesIT {

    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void aLibraryFromADnaSampleTakesItsInputAsADerivedChild() {
        String token = token();
        List<String> source = sample(token, 1);
        JsonPath library = created(tech().body(library(source.get(0), kitId(UDI_KIT), "UDI0003", Map.of()))
                        .post("/libraries"))
                .jsonPath();

        assertThat(library.getString("i7")).isEqualTo("GGACTTGG");
        assertThat(library.getString("i5Name")).isEqualTo("UDI0003");
        assertThat(library.getString("i5")).isEqualTo("CGCAGACG");
        assertThat(library.getDouble("molarityNm")).isEqualTo(10.00);
        assertThat(library.getString("kit")).isEqualTo(UDI_KIT + " v1");
        assertThat(library.getList("warnings")).isEmpty();
        assertThat(library.getString("sampleBarcode")).isEqualTo(source.get(1));

        JsonPath tube = sampleInSamples(library.getString("librarySampleId")).jsonPath();
        assertThat(tube.getString("barcode")).isEqualTo(library.getString("barcode"));
        assertThat(tube.getString("description"))
                .contains("nextera-xt, UDI0003/UDI0003")
                .contains(source.get(1));
        assertThat(sampleInSamples(source.get(0)).jsonPath().getDouble("availableVolume.value"))
                .isEqualTo(90.0);
        Response lineage = LibraryPrepFixture.samples().get("/" + library.getString("librarySampleId") + "/lineage");
        assertThat(lineage.jsonPath().getString("ancestors[0].parentId")).isEqualTo(source.get(0));
        assertThat(lineage.jsonPath().getString("ancestors[0].relation")).isEqualTo("derived");

        Response read = tech().get("/libraries/" + library.getString("id"));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.jsonPath().getString("barcode")).isEqualTo(library.getString("barcode"));
        Response byBarcode =
                tech().queryParam("barcode", library.getString("barcode")).get("/libraries");
        assertThat(byBarcode.jsonPath().getList("items.id")).containsExactly(library.getString("id"));
    }

    @Test
    void molarityIsRightToOneHundredthOfANanomole() {
        String token = token();
        String sampleId = sample(token, 1).get(0);
        JsonPath library = created(tech().body(library(
                                sampleId,
                                kitId(NEXTERA_KIT),
                                "N701",
                                Map.of(
                                        "i5Name",
                                        "S517",
                                        "concentrationNgPerUl",
                                        10,
                                        "meanFragmentBp",
                                        300,
                                        "protocol",
                                        "nextera-xt",
                                        "inputNg",
                                        1)))
                        .post("/libraries"))
                .jsonPath();
        assertThat(library.getDouble("molarityNm")).isEqualTo(50.51);
        assertThat(library.getString("i5")).isEqualTo("GCGTAAGA");
    }

    @Test
    void outsideItsProtocolALibraryIsMadeWithWarnings() {
        String sampleId = sample(token(), 1, "rna", "validated").get(0);
        JsonPath library = created(tech().body(library(
                                sampleId,
                                kitId(TRUSEQ_A),
                                "A002",
                                Map.of("protocol", "truseq-dna-nano", "inputNg", 5, "meanFragmentBp", 900)))
                        .post("/libraries"))
                .jsonPath();
        assertThat(library.getList("warnings", String.class))
                .containsExactly(
                        "TruSeq DNA Nano is not meant for rna samples",
                        "Input 5 ng is outside TruSeq DNA Nano's 100-200 ng",
                        "Mean fragment size 900 bp is outside TruSeq DNA Nano's expected 400-700 bp");
        assertThat(library.getString("i5")).isNull();
    }

    @Test
    void aSampleThatGivesNoMaterialIsRefusedAndNothingIsWrittenAnywhere() {
        String token = token();
        String pending = sample(token, 1, "dna", "pending").get(0);
        String rejected = sample(token, 2, "dna", "rejected").get(0);
        String tissue = sample(token, 3, "tissue", "validated").get(0);
        String small = sample(token, 4).get(0);
        String kit = kitId(UDI_KIT);
        List<Long> before = allRows();

        assertRuleViolation(
                tech().body(library(pending, kit, "UDI0001", Map.of())).post("/libraries"), 409, "SM-1");
        assertRuleViolation(
                tech().body(library(rejected, kit, "UDI0001", Map.of())).post("/libraries"), 409, "SM-1");
        assertRuleViolation(
                tech().body(library(tissue, kit, "UDI0001", Map.of())).post("/libraries"), 422, "LB-1");
        assertRuleViolation(
                tech().body(library(small, kit, "UDI0001", Map.of("inputVolumeUl", 100.5)))
                        .post("/libraries"),
                409,
                "SM-1");

        assertThat(allRows()).isEqualTo(before);
        assertThat(children(pending)).isZero();
        assertThat(children(rejected)).isZero();
        assertThat(children(tissue)).isZero();
        assertThat(children(small)).isZero();
    }

    @Test
    void indexesComeFromTheCurrentKitByName() {
        String sampleId = sample(token(), 1).get(0);
        List<Long> before = allRows();
        assertRuleViolation(
                tech().body(library(sampleId, kitId(UDI_KIT), "UDI0099", Map.of()))
                        .post("/libraries"),
                422,
                "LB-4");
        assertRuleViolation(
                tech().body(library(sampleId, kitId(UDI_KIT), "UDI0001", Map.of("i5Name", "UDI0002")))
                        .post("/libraries"),
                422,
                "LB-4");
        assertRuleViolation(
                tech().body(library(sampleId, kitId(TRUSEQ_A), "A002", Map.of("i5Name", "A004")))
                        .post("/libraries"),
                422,
                "LB-4");
        assertRuleViolation(
                tech().body(library(sampleId, kitId(UDI_KIT), "UDI0001", Map.of("protocol", "no-such-protocol")))
                        .post("/libraries"),
                422,
                "LB-1");
        Response unknownKit = tech().body(library(sampleId, UUID.randomUUID().toString(), "UDI0001", Map.of()))
                .post("/libraries");
        assertThat(unknownKit.statusCode()).isEqualTo(404);
        assertThat(allRows()).isEqualTo(before);
        assertThat(children(sampleId)).isZero();
    }

    @Test
    void aSampleIsNamedByExactlyOneOfItsIdAndBarcode() {
        List<String> source = sample(token(), 1);
        Map<String, Object> both =
                library(source.get(0), kitId(UDI_KIT), "UDI0001", Map.of("sampleBarcode", source.get(1)));
        assertThat(tech().body(both).post("/libraries").statusCode()).isEqualTo(400);
        Map<String, Object> byBarcode = new java.util.HashMap<>(both);
        byBarcode.remove("sampleId");
        assertThat(created(tech().body(byBarcode).post("/libraries")).jsonPath().getString("sampleId"))
                .isEqualTo(source.get(0));
    }

    @Test
    void aRetryWithTheSameKeyMakesOneLibraryAndOneTube() {
        String sampleId = sample(token(), 1).get(0);
        Map<String, Object> body = library(sampleId, kitId(UDI_KIT), "UDI0005", Map.of());
        String key = "it-" + UUID.randomUUID();
        Response first =
                created(tech().header("Idempotency-Key", key).body(body).post("/libraries"));
        Response again = tech().header("Idempotency-Key", key).body(body).post("/libraries");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(children(sampleId)).isEqualTo(1);
        assertThat(sampleInSamples(sampleId).jsonPath().getDouble("availableVolume.value"))
                .isEqualTo(90.0);
    }

    @Test
    void normalisationDilutesTheWholeLibraryAndKeepsEveryStep() {
        String sampleId = sample(token(), 1).get(0);
        String id = created(tech().body(library(
                                sampleId,
                                kitId(UDI_KIT),
                                "UDI0007",
                                Map.of("concentrationNgPerUl", 3.3, "volumeUl", 10)))
                        .post("/libraries"))
                .jsonPath()
                .getString("id");

        JsonPath step = created(tech().body(Map.of("targetMolarityNm", 4, "note", "to 4 nM"))
                        .post("/libraries/" + id + "/normalisations"))
                .jsonPath();
        // 3.3 ng/µL at 250 bp is 20 nM: 10 µL × 20 / 4 = 50 µL, 40 µL of diluent, 0.66 ng/µL
        assertThat(step.getDouble("toVolumeUl")).isEqualTo(50.0);
        assertThat(step.getDouble("diluentUl")).isEqualTo(40.0);
        assertThat(step.getDouble("toConcentrationNgPerUl")).isEqualTo(0.66);
        assertThat(step.getDouble("molarityNm")).isEqualTo(4.0);

        JsonPath library = tech().get("/libraries/" + id).jsonPath();
        assertThat(library.getDouble("volumeUl")).isEqualTo(50.0);
        assertThat(library.getDouble("concentrationNgPerUl")).isEqualTo(0.66);
        assertThat(library.getDouble("molarityNm")).isEqualTo(4.0);

        List<Long> before = allRows();
        assertRuleViolation(
                tech().body(Map.of("targetConcentrationNgPerUl", 1)).post("/libraries/" + id + "/normalisations"),
                422,
                "LB-3");
        assertRuleViolation(
                tech().body(Map.of("targetConcentrationNgPerUl", 0.5, "targetMolarityNm", 2))
                        .post("/libraries/" + id + "/normalisations"),
                422,
                "LB-3");
        assertThat(allRows()).isEqualTo(before);
        assertThat(tech().get("/libraries/" + id + "/normalisations").jsonPath().getList("id"))
                .hasSize(1);
    }

    @Test
    void theCalculatorAnswersAndRefusesToConcentrate() {
        Response answer = tech().body(Map.of("volume", 10, "concentration", 20, "targetConcentration", 4))
                .post("/normalisation/calculate");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.jsonPath().getDouble("volume")).isEqualTo(50.0);
        assertThat(answer.jsonPath().getDouble("diluent")).isEqualTo(40.0);
        assertRuleViolation(
                tech().body(Map.of("volume", 10, "concentration", 2, "targetConcentration", 4))
                        .post("/normalisation/calculate"),
                422,
                "LB-3");
    }

    @Test
    void theProtocolsAreSeeded() {
        Response protocols = tech().get("/protocols");
        assertThat(protocols.jsonPath().getList("code", String.class))
                .contains("truseq-dna-pcr-free", "nextera-xt", "truseq-stranded-mrna");
    }
}
