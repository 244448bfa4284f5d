package org.tracseq.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Issue 19 through the gateway, as a lab works: a DNA sample is registered and stored, its Qubit and
 * NanoDrop files imported and verified by a second technician, a library made from it on a plate
 * with a UDI kit, normalised, QC'd; its effective QC (QC-4) is then {@code pass}. And the ways it
 * goes wrong: an RNA sample with RIN 5 fails, and so does a library made from it; nobody verifies
 * their own measurement; a rejected sample gives no library.
 */
@MicroShedTest
class LibraryPrepAndQcIT {
    private static final String UDI_KIT = "IDT for Illumina UD Indexes Set A";

    private static String technician;
    private static String secondTechnician;
    private static String principalInvestigator;

    @BeforeAll
    static void signIn() {
        TracSeqServer.awaitReady();
        technician = LabBench.userWithRole("lab_technician");
        secondTechnician = LabBench.userWithRole("lab_technician");
        principalInvestigator = LabBench.userWithRole("principal_investigator");
    }

    private static RequestSpecification as(String token) {
        return SeededAdmin.through(token);
    }

    /**
     * A validated sample with a tube maker's label of its own, unique across runs: QC files find
     * samples by barcode, and the event streams a test server shares keep earlier runs' samples,
     * whose TracSeq barcodes restart every day in a fresh test database.
     */
    private static String labelledSample(String name, String type) {
        String label = "WALK-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
        String id = LabBench.id(
                as(technician).body("""
                        {"name": "%s", "type": "%s", "barcode": "%s", "initialVolume": {"value": 50, "unit": "ul"}}""".formatted(name, type, label)).post("/samples/"));
        LabBench.id(as(technician).body("{\"status\": \"validated\"}").post("/samples/" + id + "/status"));
        return id;
    }

    private static String barcodeOf(String sample) {
        return as(technician).get("/samples/" + sample).jsonPath().getString("barcode");
    }

    private static List<String> imported(String format, String content) {
        Response report = as(technician)
                .body("{\"format\": \"%s\", \"instrument\": \"%s bench 1\", \"content\": \"%s\"}"
                        .formatted(format, format, content.replace("\n", "\\n").replace("\t", "\\t")))
                .post("/qaqc/imports");
        assertThat(report.statusCode()).as(report.asString()).isEqualTo(201);
        return report.jsonPath().getList("results.resultId");
    }

    private static void verifiedBySecondTechnician(List<String> results) {
        for (String result : results) {
            Response own = as(technician).body("{}").post("/qaqc/results/" + result + "/verifications");
            assertThat(own.statusCode())
                    .as("QC-3: not by the person who measured")
                    .isIn(403, 409);
            Response verified = as(secondTechnician)
                    .body("{\"note\": \"checked against the printout\"}")
                    .post("/qaqc/results/" + result + "/verifications");
            assertThat(verified.statusCode()).as(verified.asString()).isBetween(200, 201);
            assertThat(verified.jsonPath().getBoolean("verified")).isTrue();
        }
    }

    private static String udiKit() {
        Response kits = as(technician).queryParam("size", 100).get("/library-prep/kits");
        String id = kits.jsonPath().getString("items.find { it.name.startsWith('" + UDI_KIT + "') }.id");
        assertThat(id).as(kits.asString()).isNotNull();
        return id;
    }

    private static Response plate(String sample, String concentration, int fragmentBp) {
        return as(technician)
                .body("""
                        {"name": "walk plate", "format": 96, "kitId": "%s", "protocol": "illumina-dna-prep",
                         "wells": [{"well": "A01", "sampleId": "%s", "concentrationNgPerUl": %s,
                                    "meanFragmentBp": %d, "volumeUl": 20, "inputVolumeUl": 5}]}""".formatted(udiKit(), sample, concentration, fragmentBp))
                .post("/library-prep/plates");
    }

    private static String effectiveQc(String library) {
        return as(technician)
                .body("{\"libraryIds\": [\"" + library + "\"]}")
                .post("/qaqc/libraries/effective")
                .jsonPath()
                .getString("libraries[0].effective");
    }

    @Test
    void aStoredDnaSampleBecomesANormalisedLibraryWhoseEffectiveQcPasses() {
        String sample = labelledSample("walk gDNA", "dna");
        String barcode = barcodeOf(sample);
        Response placed = as(technician)
                .body("{\"sampleId\": \"%s\", \"boxId\": \"%s\"}"
                        .formatted(sample, LabBench.box(principalInvestigator)))
                .post("/storage/placements");
        assertThat(placed.statusCode()).as(placed.asString()).isEqualTo(201);
        LabBench.awaitStatus(technician, sample, "in_storage");

        verifiedBySecondTechnician(imported("qubit", """
                Run ID,Assay Name,Test Name,Test Date,Qubit® tube conc.,Qubit tube conc. units,Original sample conc.,Original sample conc. units,Sample Volume (µL),Dilution Factor
                2026-12-03_091512,dsDNA Broad Range,%s,2026-12-03 09:15:12,1.24,µg/mL,248,ng/µL,1,200
                """.formatted(barcode)));
        verifiedBySecondTechnician(imported("nanodrop", """
                Sample Name\tNucleic Acid Conc.\tUnit\tA260 (Abs)\tA280 (Abs)\t260/280\t260/230\tSample Type\tFactor
                %s\t251.6\tng/μl\t5.032\t2.705\t1.86\t2.12\tDNA\t50.00
                """.formatted(barcode)));
        Response summary = as(technician).get("/qaqc/samples/" + sample + "/summary");
        assertThat(summary.jsonPath().getString("standing"))
                .as(summary.asString())
                .isEqualTo("pass");

        Response made = plate(sample, "12", 400);
        assertThat(made.statusCode()).as(made.asString()).isEqualTo(201);
        String library = made.jsonPath().getString("libraries[0].id");
        assertThat(made.jsonPath().getString("libraries[0].i7Name")).isEqualTo("UDI0001");
        // LB-2: 12 ng/µL × 10^6 / (660 × 400 bp) = 45.4545… nM
        assertThat(made.jsonPath().getDouble("libraries[0].molarityNm")).isEqualTo(45.45);
        assertThat(made.jsonPath().getString("libraries[0].barcode"))
                .as("the tube's barcode")
                .isNotBlank();
        Response source = as(technician).get("/samples/" + sample);
        assertThat(source.jsonPath().getDouble("availableVolume.value"))
                .as("the input came out of the sample")
                .isEqualTo(45.0);

        Response normalised = as(technician)
                .body("{\"targetMolarityNm\": 20}")
                .post("/library-prep/libraries/" + library + "/normalisations");
        assertThat(normalised.statusCode()).as(normalised.asString()).isEqualTo(201);
        // LB-3: V2 = V1 × C1 / C2 = 20 µL × 45.4545… nM / 20 nM, now at 12 × 20 / 45.4545… = 5.28 ng/µL
        assertThat(normalised.jsonPath().getDouble("toVolumeUl")).isEqualTo(45.45);
        assertThat(normalised.jsonPath().getDouble("toConcentrationNgPerUl")).isEqualTo(5.28);

        await("qaqc knows the library").atMost(Duration.ofSeconds(20)).until(() -> effectiveQc(library) != null);
        Response libraryQubit = as(technician).body("""
                        {"subjectKind": "library", "subjectId": "%s", "metric": "concentration", "value": 5.28,
                         "instrument": "Qubit 4 bench 1"}""".formatted(library)).post("/qaqc/results");
        assertThat(libraryQubit.statusCode()).as(libraryQubit.asString()).isEqualTo(201);
        verifiedBySecondTechnician(List.of(libraryQubit.jsonPath().getString("id")));
        await("QC-4 of the library").atMost(Duration.ofSeconds(20)).until(() -> effectiveQc(library), "pass"::equals);
    }

    @Test
    void anRnaSampleWithRin5FailsAndSoDoesALibraryMadeFromIt() {
        String sample = labelledSample("walk RNA", "rna");
        String barcode = barcodeOf(sample);
        imported("tapestation", """
                FileName,WellId,Sample Description,RINe,28S/18S (Area),Conc. [ng/µl],Observations
                2026-12-03 - 10.02.11.RNA,B1,%s,5.0,0.8,64.5,
                """.formatted(barcode));
        Response summary = as(technician).get("/qaqc/samples/" + sample + "/summary");
        assertThat(summary.jsonPath().getString("standing"))
                .as(summary.asString())
                .isEqualTo("fail");
        assertThat(as(technician).get("/samples/" + sample).jsonPath().getString("status"))
                .as("a fail moves nothing by itself")
                .isEqualTo("validated");

        String library =
                LabBench.id(as(technician).body("""
                        {"sampleId": "%s", "kitId": "%s", "protocol": "truseq-stranded-mrna", "i7Name": "UDI0003",
                         "concentrationNgPerUl": 8, "meanFragmentBp": 300, "volumeUl": 20, "inputVolumeUl": 5}""".formatted(sample, udiKit())).post("/library-prep/libraries"));
        await("QC-4 of a library from a failed sample")
                .atMost(Duration.ofSeconds(20))
                .until(() -> effectiveQc(library), "fail"::equals);
    }

    @Test
    void aRejectedSampleGivesNoLibrary() {
        String sample = LabBench.validatedSample(technician, "walk rejected", "dna");
        Response rejected = as(technician)
                .body("{\"status\": \"rejected\", \"reason\": \"tube cracked\"}")
                .post("/samples/" + sample + "/status");
        assertThat(rejected.statusCode()).as(rejected.asString()).isBetween(200, 201);
        assertRuleViolation(
                as(technician).body("""
                                {"sampleId": "%s", "kitId": "%s", "protocol": "illumina-dna-prep", "i7Name": "UDI0002",
                                 "concentrationNgPerUl": 12, "meanFragmentBp": 400, "volumeUl": 20, "inputVolumeUl": 5}""".formatted(sample, udiKit())).post("/library-prep/libraries"), 409, "SM-1");
        assertThat(as(technician)
                        .get("/samples/" + sample + "/aliquots")
                        .jsonPath()
                        .getList("items"))
                .as("no tube was taken from it")
                .isEmpty();
    }
}
