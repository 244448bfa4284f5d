package org.tracseq.sequencing.it;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.testing.AppendOnlyTables;
import org.tracseq.platform.testing.TracSeqServer;

/**
 * Sequencing history is never rewritten: instrument and run histories, pools and their libraries,
 * lanes, sample sheets (SS-3) and imports refuse UPDATE, DELETE and TRUNCATE in the database itself.
 */
class AppendOnlyIT {
    @BeforeAll
    static void oneOfEach() {
        TracSeqServer.awaitReady();
        List<SequencingFixture.Known> libraries = SequencingFixture.fourUdiLibraries();
        String run =
                SequencingFixture.run(SequencingFixture.instrument("novaseq_x", 1), SequencingFixture.pool(libraries));
        SequencingFixture.startRun(run);
        SequencingFixture.created(SequencingFixture.as(SequencingFixture.TECHNICIAN)
                .body("""
                        {"lanes":[{"lane":1,"yieldGb":100,"percentQ30":90,"percentPf":80,"clusterDensityKPerMm2":2500}]}""")
                .post("/runs/" + run + "/summary")
                .andReturn());
        SequencingFixture.created(SequencingFixture.as(SequencingFixture.TECHNICIAN)
                .body(Map.of(
                        "demultiplexStats",
                        "Lane,SampleID,Index,# Reads\n1," + libraries.get(0).name() + ",CCGCGGTT-CTAGCGCT,1000\n"))
                .post("/runs/" + run + "/demultiplexing")
                .andReturn());
    }

    @Test
    void instrumentHistoryIsAppendOnly() {
        AppendOnlyTables.assertAppendOnly("sequencing.instrument_history", "reason");
    }

    @Test
    void poolsAndTheirLibrariesAreAppendOnly() {
        AppendOnlyTables.assertAppendOnly("sequencing.pools", "name");
        AppendOnlyTables.assertAppendOnly("sequencing.pool_libraries", "qc");
    }

    @Test
    void runLanesAndHistoryAreAppendOnly() {
        AppendOnlyTables.assertAppendOnly("sequencing.run_lanes", "lane");
        AppendOnlyTables.assertAppendOnly("sequencing.run_history", "reason");
    }

    @Test
    void sampleSheetsAreAppendOnly() {
        AppendOnlyTables.assertAppendOnly("sequencing.sample_sheets", "content");
    }

    @Test
    void importsAreAppendOnly() {
        AppendOnlyTables.assertAppendOnly("sequencing.run_summaries", "imported_by");
        AppendOnlyTables.assertAppendOnly("sequencing.demultiplexing_imports", "imported_by");
    }
}
