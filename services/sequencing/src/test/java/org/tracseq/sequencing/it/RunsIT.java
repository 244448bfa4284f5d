package org.tracseq.sequencing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.platform.testing.ProblemAssertions.assertProblem;
import static org.tracseq.platform.testing.ProblemAssertions.assertRuleViolation;
import static org.tracseq.sequencing.it.SequencingFixture.as;
import static org.tracseq.sequencing.it.SequencingFixture.created;
import static org.tracseq.sequencing.it.SequencingFixture.ok;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TracSeqServer;
import org.tracseq.sequencing.it.SequencingFixture.Known;

/**
 * A run from pool to demultiplexing: lanes checked (IDX-1..3, CB-1), a sample sheet only for lanes
 * that pass or with a recorded override (SS-1..3), SQ-STATUS moves, and the imports after the run.
 */
class RunsIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    @Test
    void fromPoolToDemultiplexingOnANovaSeqX() {
        List<Known> libraries = SequencingFixture.fourUdiLibraries();
        CatalogueEvents.Kit kit = CatalogueEvents.uniqueDual(
                SequencingFixture.fresh("IT kit "), new String[] {"IT-X1", "ACACTGTG", "AGGCTATA"});
        String instrument = SequencingFixture.instrument("novaseq_x", 2);
        String run = SequencingFixture.run(instrument, SequencingFixture.pool(libraries));

        JsonPath check = ok(as(Role.GUEST).get("/runs/" + run + "/lane-check").andReturn());
        assertThat(check.getBoolean("passes")).isTrue();
        assertThat(check.getInt("lanes[0].libraries")).isEqualTo(4);
        assertThat(check.getList("lanes[0].collisions")).isEmpty();
        assertThat(check.getInt("lanes[0].minimumDistance")).isGreaterThanOrEqualTo(4);
        assertThat(check.getList("lanes[0].cycles")).isNotEmpty();

        JsonPath sheet = created(SequencingFixture.sheet(run, "{}"));
        assertThat(sheet.getInt("version")).isEqualTo(1);
        assertThat(sheet.getString("sheetVersion")).isEqualTo("v2");
        assertThat(sheet.getBoolean("lanesPassed")).isTrue();
        assertThat(sheet.getString("generatorVersion")).isEqualTo("tracseq-sequencing-sheets-1");
        assertThat(created(SequencingFixture.sheet(run, "{}")).getInt("version"))
                .as("equal inputs give the stored sheet")
                .isEqualTo(1);
        Response file = as(Role.GUEST)
                .accept("text/csv")
                .get("/runs/" + run + "/sheets/1")
                .andReturn();
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.getContentType()).startsWith("text/csv");
        assertThat(file.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"SampleSheet.csv\"");
        assertThat(file.asString())
                .contains("FileFormatVersion,2", "InstrumentPlatform,NovaSeqXSeries", "[BCLConvert_Data]")
                .contains("OverrideCycles,Y151;I8;I8;Y151")
                .contains(libraries.get(0).name() + ",CCGCGGTT,AGCGCTAG")
                .contains(sheet.getString("inputsHash"));
        assertThat(ok(as(Role.GUEST).get("/runs/" + run + "/sheets").andReturn())
                        .getList("items.version"))
                .containsExactly(1);

        for (String status : List.of("submitted", "validated", "queued")) {
            ok(SequencingFixture.move(run, status, ""));
        }
        assertRuleViolation(SequencingFixture.move(run, "running", ""), 422, "SQ-STATUS");
        JsonPath running = ok(SequencingFixture.move(run, "running", ",\"flowCellId\":\"22FJ3KLT3\""));
        assertThat(running.getString("status")).isEqualTo("running");
        assertThat(running.getString("flowCellId")).isEqualTo("22FJ3KLT3");
        assertRuleViolation(SequencingFixture.sheet(run, "{}"), 409, "SS-3");

        JsonPath summary = created(as(Role.LAB_TECHNICIAN)
                .body("""
                        {"lanes":[{"lane":1,"yieldGb":412.5,"percentQ30":91.2,"percentPf":78.4,"clusterDensityKPerMm2":2980}]}""")
                .post("/runs/" + run + "/summary")
                .andReturn());
        assertThat(summary.getDouble("lanes[0].percentQ30")).isEqualTo(91.2);
        assertProblem(
                as(Role.LAB_TECHNICIAN)
                        .body("""
                                {"lanes":[{"lane":9,"yieldGb":1,"percentQ30":1,"percentPf":1,"clusterDensityKPerMm2":1}]}""")
                        .post("/runs/" + run + "/summary")
                        .andReturn(),
                400);

        String stats = "Lane,SampleID,Index,# Reads,# Perfect Index Reads\n"
                + "1," + libraries.get(0).name() + ",CCGCGGTT-CTAGCGCT,600000,590000\n"
                + "1," + libraries.get(1).name() + ",TTATAACC-TCGATATC,300000,299000\n"
                + "1," + libraries.get(2).name() + ",GGACTTGG-CGTCTGCG,40000,39000\n"
                + "1,Undetermined,Undetermined,60000,60000\n";
        String unknown = "Lane,index,index2,# Reads\n1,ACACTGTG,TATAGCCT,50000\n1,GGGGGGGG,GGGGGGGG,4000\n";
        JsonPath demux = created(as(Role.LAB_TECHNICIAN)
                .body(java.util.Map.of("demultiplexStats", stats, "topUnknownBarcodes", unknown))
                .post("/runs/" + run + "/demultiplexing")
                .andReturn());
        assertThat(demux.getInt("sheetVersion")).isEqualTo(1);
        assertThat(demux.getList("libraries.underHalf")).containsExactly(false, false, true, true);
        assertThat(demux.getString("libraries[0].libraryId"))
                .isEqualTo(libraries.get(0).id().toString());
        assertThat(demux.getString("unknownBarcodes[0].knownIndex")).isEqualTo("IT-X1");
        assertThat(demux.getString("unknownBarcodes[0].knownIndexKit")).isEqualTo(kit.label());
        assertThat(demux.getString("unknownBarcodes[1].knownIndex")).isNull();
        assertThat(ok(as(Role.GUEST).get("/runs/" + run + "/demultiplexing").andReturn())
                        .getList("libraries.reads"))
                .isEqualTo(demux.getList("libraries.reads"));
        assertRuleViolation(
                as(Role.LAB_TECHNICIAN)
                        .body(java.util.Map.of("demultiplexStats", "Lane,SampleID,Index,# Reads\n1,NOT_ON_SHEET,A,5\n"))
                        .post("/runs/" + run + "/demultiplexing")
                        .andReturn(),
                422,
                "SS-1");

        assertThat(ok(SequencingFixture.move(run, "completed", "")).getString("status"))
                .isEqualTo("completed");
        assertRuleViolation(SequencingFixture.move(run, "queued", ""), 409, "SQ-STATUS");
    }

    @Test
    void collidingIndexesRefuseTheSheetUnlessTheOverrideIsRecorded() {
        Known first = SequencingFixture.library("UDI0001", "CCGCGGTT", "AGCGCTAG", "10", "pass");
        Known twin = SequencingFixture.library("UDI0001", "CCGCGGTT", "AGCGCTAG", "10", "pass");
        String run = SequencingFixture.run(
                SequencingFixture.instrument("novaseq_x", 1), SequencingFixture.pool(List.of(first, twin)));
        JsonPath check = ok(as(Role.GUEST).get("/runs/" + run + "/lane-check").andReturn());
        assertThat(check.getBoolean("passes")).isFalse();
        assertThat(check.getBoolean("lanes[0].collisions[0].identical")).isTrue();
        assertThat(check.getList("lanes[0].findings.rule")).contains("IDX-1");

        var before = SequencingFixture.rowCounts();
        assertThat(assertRuleViolation(SequencingFixture.sheet(run, "{}"), 422, "IDX-1")
                        .jsonPath()
                        .getString("detail"))
                .contains(first.name(), twin.name());
        assertThat(SequencingFixture.rowCounts()).isEqualTo(before);
        ok(SequencingFixture.move(run, "submitted", ""));
        assertRuleViolation(SequencingFixture.move(run, "validated", ""), 409, "SQ-STATUS");

        JsonPath sheet = created(SequencingFixture.sheet(
                run, "{\"override\":{\"reason\":\"the twins are one library split in two tubes\"}}"));
        assertThat(sheet.getBoolean("lanesPassed")).isFalse();
        assertThat(sheet.getString("override.by")).isEqualTo("it-lab_technician");
        assertThat(ok(SequencingFixture.move(run, "validated", "")).getString("status"))
                .isEqualTo("validated");
    }

    @Test
    void aTwoColourLaneStartingGgIsRefusedAsColourBlind() {
        Known a = SequencingFixture.library("IT-G1", "GGTACGTA", "AGTCAGTC", "10", "pass");
        Known b = SequencingFixture.library("IT-G2", "GGCATGCA", "TCAGTCAG", "10", "pass");
        CatalogueEvents.uniqueDual(
                SequencingFixture.fresh("IT kit "), new String[] {"UDI0002", "TTATAACC", "GATATCGA"});
        String run = SequencingFixture.run(
                SequencingFixture.instrument("novaseq_6000_v1_5", 1), SequencingFixture.pool(List.of(a, b)));
        JsonPath check = ok(as(Role.GUEST).get("/runs/" + run + "/lane-check").andReturn());
        assertThat(check.getBoolean("passes")).isFalse();
        assertThat(check.getList("lanes[0].findings.findAll { it.severity == 'fail' }.rule"))
                .containsOnly("CB-1");
        assertThat(check.getString("lanes[0].cycles[0].description")).contains("no signal in red, green");
        assertThat(check.getList("lanes[0].suggestions.name"))
                .as("catalogue indexes that light the lane")
                .isNotEmpty();
        assertRuleViolation(SequencingFixture.sheet(run, "{}"), 422, "CB-1");
        JsonPath overridden =
                created(SequencingFixture.sheet(run, "{\"override\":{\"reason\":\"PhiX spiked at 20%\"}}"));
        assertThat(overridden.getBoolean("lanesPassed")).isFalse();
        assertThat(overridden.getString("override.reason")).isEqualTo("PhiX spiked at 20%");
    }

    @Test
    void aNextSeq500TakesOnePoolForAllLanesAndAV1SheetWithI5ReverseComplemented() {
        List<Known> libraries = SequencingFixture.fourUdiLibraries();
        String instrument = SequencingFixture.instrument("nextseq_500_550", 1);
        String pool = SequencingFixture.pool(libraries);
        assertRuleViolation(
                SequencingFixture.createRun(instrument, "151-8-8-151", "{\"lane\":2,\"poolId\":\"" + pool + "\"}", ""),
                422,
                "SQ-PLATFORMS");
        assertRuleViolation(
                SequencingFixture.createRun(instrument, "301-8-8-301", "{\"lane\":1,\"poolId\":\"" + pool + "\"}", ""),
                422,
                "SQ-PLATFORMS");
        String run = SequencingFixture.run(instrument, pool);
        JsonPath sheet = created(SequencingFixture.sheet(run, "{}"));
        assertThat(sheet.getString("sheetVersion")).isEqualTo("v1");
        String content = as(Role.GUEST)
                .accept("text/csv")
                .get("/runs/" + run + "/sheets/1")
                .asString();
        assertThat(content).contains("[Header]").doesNotContain("FileFormatVersion,2");
        // UDI0001's i5 AGCGCTAG as the NextSeq 500 reads it.
        assertThat(content).contains("CTAGCGCT");
    }
}
