package org.tracseq.sequencing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.sequencing.it.SequencingFixture.as;
import static org.tracseq.sequencing.it.SequencingFixture.created;
import static org.tracseq.sequencing.it.SequencingFixture.ok;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.security.Role;
import org.tracseq.platform.testing.TestDatabase;
import org.tracseq.platform.testing.TracSeqServer;
import org.tracseq.sequencing.it.CatalogueEvents.Kit;
import org.tracseq.sequencing.it.SequencingFixture.Known;

/**
 * CB-1 suggestions and unknown barcodes come from library-prep's whole index catalogue, which
 * sequencing keeps from its kit events: a kit's indexes are suggested until it is superseded, and
 * name what a flow cell read even then. The event streams a test server shares keep other runs' kits,
 * so each test's kit holds an index no shipped kit has and looks for it by name.
 */
class CatalogueIT {
    @BeforeAll
    static void ready() {
        TracSeqServer.awaitReady();
    }

    /**
     * A NovaSeq 6000 lane of two libraries with 12-base indexes whose Index 1 starts GG (cycles 1 and
     * 2 dark, CB-1) and ends CCCC in both reads (red only). IDEAL lights every cycle in both channels,
     * which no 8-base index of the shipped kits can (they end at cycle 8), so it is the best suggestion.
     */
    @Test
    void aKitsIndexIsSuggestedUntilTheKitIsSuperseded() {
        Known a = SequencingFixture.library("IT-D1", "GGACTGATCCCC", "GGGGACTGACTG", "10", "pass");
        Known b = SequencingFixture.library("IT-D2", "GGTGACTGCCCC", "GGGGGTCAGTCA", "10", "pass");
        String run = created(SequencingFixture.createRun(
                        SequencingFixture.instrument("novaseq_6000_v1_5", 1),
                        "151-12-12-151",
                        "{\"lane\":1,\"poolId\":\"" + SequencingFixture.pool(List.of(a, b)) + "\"}",
                        ""))
                .getString("id");
        String[] ideal = {"IDEAL", "AAGTCTGCATTA", "ATATACGTACGT"};
        String[] plain = {"PLAIN", "CACACACACACA", "GTGTGTGTGTGT"};
        Kit kit = CatalogueEvents.uniqueDual(SequencingFixture.fresh("IT balance kit "), ideal, plain);

        JsonPath check = ok(as(Role.GUEST).get("/runs/" + run + "/lane-check").andReturn());
        assertThat(check.getBoolean("passes")).isFalse();
        assertThat(check.getString("lanes[0].suggestions[0].name"))
                .as(check.prettify())
                .isEqualTo("IDEAL");
        assertThat(check.getString("lanes[0].suggestions[0].kit")).isEqualTo(kit.label());
        assertThat(check.getString("lanes[0].suggestions[0].i7")).isEqualTo("AAGTCTGCATTA");
        assertThat(check.getString("lanes[0].suggestions[0].i5")).as("forward").isEqualTo("ATATACGTACGT");
        assertThat(check.getString("lanes[0].suggestions[0].fixes")).contains("Index 1 cycle 1", "Index 1 cycle 2");

        Kit next = CatalogueEvents.supersede(kit, plain);

        JsonPath after = ok(as(Role.GUEST).get("/runs/" + run + "/lane-check").andReturn());
        assertThat(after.getList("lanes[0].suggestions.kit")).doesNotContain(kit.label());
        assertThat(after.getList("lanes[0].suggestions.name")).doesNotContain("IDEAL");
        assertThat(TestDatabase.queryLong(
                        "SELECT count(*) FROM sequencing.catalogue_kits WHERE id = ? AND superseded_by = ?",
                        kit.id(),
                        next.id()))
                .isEqualTo(1);
    }

    @Test
    void unknownBarcodesAreNamedFromTheCatalogue_aSupersededKitsToo() {
        List<Known> libraries = SequencingFixture.fourUdiLibraries();
        String run =
                SequencingFixture.run(SequencingFixture.instrument("novaseq_x", 1), SequencingFixture.pool(libraries));
        SequencingFixture.startRun(run);
        Kit kit = CatalogueEvents.uniqueDual(
                SequencingFixture.fresh("IT lab kit "), new String[] {"LAB-7", "CTTGTACT", "AGCTAGCA"});
        CatalogueEvents.supersede(kit, new String[] {"LAB-8", "TCAGGATC", "GTACCTAG"});

        StringBuilder stats = new StringBuilder("Lane,SampleID,Index,# Reads,# Perfect Index Reads\n");
        libraries.forEach(library -> stats.append("1," + library.name() + ",,500000,490000\n"));
        stats.append("1,Undetermined,Undetermined,60000,60000\n");
        // LAB-7 as the NovaSeq X reads it: i5 AGCTAGCA reverse-complemented.
        String unknown = "Lane,index,index2,# Reads\n1,CTTGTACT,TGCTAGCT,45000\n1,GGGGGGGG,GGGGGGGG,4000\n";
        JsonPath demux = created(as(Role.LAB_TECHNICIAN)
                .body(Map.of("demultiplexStats", stats.toString(), "topUnknownBarcodes", unknown))
                .post("/runs/" + run + "/demultiplexing")
                .andReturn());

        assertThat(demux.getString("unknownBarcodes[0].knownIndex")).isEqualTo("LAB-7");
        assertThat(demux.getString("unknownBarcodes[0].knownIndexKit")).isEqualTo(kit.label());
        assertThat(demux.getString("unknownBarcodes[0].explanation")).startsWith("the pair is catalogue index LAB-7");
        assertThat(demux.getString("unknownBarcodes[1].knownIndex")).isNull();
    }

    @Test
    void aKitAnnouncedWithoutIndexesOffersNone_andALateOlderImportChangesNothing() {
        Kit kit = new Kit(UUID.randomUUID(), SequencingFixture.fresh("IT old kit "), 1);
        CatalogueEvents.awaitApplied(CatalogueEvents.imported(kit, 1, null));
        assertThat(indexesOf(kit))
                .as("an event from before kits carried their indexes")
                .isZero();

        CatalogueEvents.awaitApplied(CatalogueEvents.imported(kit, 3, new String[][] {{"C1", "ACGTACGT", "TGCATGCA"}}));
        CatalogueEvents.awaitApplied(CatalogueEvents.imported(
                kit, 2, new String[][] {{"C1", "ACGTACGT", "TGCATGCA"}, {"C2", "CATGCATG", "GTACGTAC"}}));
        assertThat(indexesOf(kit))
                .as("the correction announced last (version 3)")
                .isEqualTo(2);
    }

    private static long indexesOf(Kit kit) {
        return TestDatabase.queryLong("SELECT count(*) FROM sequencing.catalogue_indexes WHERE kit_id = ?", kit.id());
    }
}
