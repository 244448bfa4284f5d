package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.sequencing.domain.DemultiplexReports.DemuxStat;
import org.tracseq.sequencing.domain.DemultiplexReports.ExpectedShare;
import org.tracseq.sequencing.domain.DemultiplexReports.LibraryYield;
import org.tracseq.sequencing.domain.DemultiplexReports.NamedUnknown;
import org.tracseq.sequencing.domain.DemultiplexReports.UnknownBarcode;

/** BCL Convert's Demultiplex_Stats.csv and Top_Unknown_Barcodes.csv, read and matched to libraries. */
class DemultiplexReportsTest {
    private static final String STATS = """
            Lane,SampleID,Index,# Reads,# Perfect Index Reads,# One Mismatch Index Reads,# Two Mismatch Index Reads,% Reads,% Perfect Index Reads,% One Mismatch Index Reads,% Two Mismatch Index Reads
            1,S1,CAAGGTCT-AACCGGTA,600000,590000,10000,0,0.6000,0.9833,0.0167,0.0000
            1,S2,TTGACCGA-GGATCCTA,300000,299000,1000,0,0.3000,0.9967,0.0033,0.0000
            1,S3,GCTTAGCA-TTCCAAGG,40000,39000,1000,0,0.0400,0.9750,0.0250,0.0000
            1,Undetermined,Undetermined,60000,60000,0,0,0.0600,1.0000,0.0000,0.0000
            """;

    @Test
    void demultiplexStatsAreReadByColumnName() {
        List<DemuxStat> stats = DemultiplexReports.parseDemultiplexStats(STATS);
        assertThat(stats).hasSize(4);
        assertThat(stats.get(0)).isEqualTo(new DemuxStat(1, "S1", "CAAGGTCT-AACCGGTA", 600000, 590000));
        assertThat(stats.get(3).undetermined()).isTrue();
    }

    @Test
    void laterBclConvertColumnsAndWindowsLineEndsDoNotMatter() {
        String withProject = "\uFEFFLane,SampleID,Sample_Project,Index,# Reads,# Perfect Index Reads\r\n"
                + "2,S9,ProjectX,ACGTACGT-TTGGCCAA,1234,1200\r\n";
        assertThat(DemultiplexReports.parseDemultiplexStats(withProject))
                .containsExactly(new DemuxStat(2, "S9", "ACGTACGT-TTGGCCAA", 1234, 1200));
    }

    @Test
    void aFileThatIsNotTheReportIsRefusedSayingWhy() {
        assertThatThrownBy(() -> DemultiplexReports.parseDemultiplexStats("Lane,Sample,Reads\n1,S1,5\n"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.getMessage()).contains("no 'SampleID' column");
                });
        assertThatThrownBy(() -> DemultiplexReports.parseDemultiplexStats("Lane,SampleID,# Reads\n1,S1,many\n"))
                .hasMessageContaining("line 2 has 'many'");
        assertThatThrownBy(() -> DemultiplexReports.parseDemultiplexStats("")).hasMessageContaining("empty");
    }

    @Test
    void aLibraryUnderHalfItsExpectedShareIsFlagged() {
        List<LibraryYield> yields = DemultiplexReports.yields(
                DemultiplexReports.parseDemultiplexStats(STATS),
                List.of(share("S1", "2"), share("S2", "1"), share("S3", "1"), share("S4", "1")));
        // 1 000 000 reads in lane 1; wanted: S1 2/5, the others 1/5 each.
        assertThat(yields)
                .extracting(LibraryYield::sampleId, LibraryYield::underHalf)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("S1", false),
                        org.assertj.core.groups.Tuple.tuple("S2", false),
                        org.assertj.core.groups.Tuple.tuple("S3", true),
                        org.assertj.core.groups.Tuple.tuple("S4", true));
        assertThat(yields.get(2).observedFraction()).isEqualTo(0.04);
        assertThat(yields.get(2).expectedFraction()).isEqualTo(0.2);
        assertThat(yields.get(3).reads()).isZero();
    }

    @Test
    void anExpectedShareIsAboveZero() {
        assertThatThrownBy(() -> DemultiplexReports.yields(
                        DemultiplexReports.parseDemultiplexStats(STATS), List.of(share("S1", "0"))))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.status()).isEqualTo(422));
    }

    @Test
    void unknownBarcodesThatAreCatalogueIndexesAreNamed() {
        String csv = """
                Lane,index,index2,# Reads,% of Unknown Barcodes,% of All Reads
                1,CAAGGTCT,TACCGGTT,50000,0.8,0.05
                1,TTGACCGA,GGATCCTA,5000,0.08,0.005
                1,GGGGGGGG,GGGGGGGG,4000,0.06,0.004
                1,NNAGGTCT,TACCGGTT,1000,0.01,0.001
                """;
        List<UnknownBarcode> unknowns = DemultiplexReports.parseTopUnknownBarcodes(csv);
        assertThat(unknowns).hasSize(4);
        assertThat(unknowns.get(0)).isEqualTo(new UnknownBarcode(1, "CAAGGTCT", "TACCGGTT", 50000));
        List<CatalogueIndex> catalogue = List.of(
                CatalogueIndex.of("Test kit v1", "UDI-7", "CAAGGTCT", "AACCGGTA"),
                CatalogueIndex.of("Test kit v1", "UDI-9", "TTGACCGA", "GGATCCTA"));

        List<NamedUnknown> named = DemultiplexReports.nameUnknowns(Platform.NOVASEQ_X, unknowns, catalogue);
        assertThat(named).hasSize(2);
        assertThat(named.get(0).index().name()).isEqualTo("UDI-7");
        assertThat(named.get(0).explanation()).isEqualTo("the pair is catalogue index UDI-7 of Test kit v1");
        assertThat(named.get(1).index().name()).isEqualTo("UDI-9");
        assertThat(named.get(1).explanation()).contains("reverse-complemented").contains("NovaSeq X");
    }

    @Test
    void onAForwardReadingInstrumentTheUnknownI5IsTheCataloguesOwn() {
        List<UnknownBarcode> unknowns = List.of(new UnknownBarcode(1, "CAAGGTCT", "AACCGGTA", 100));
        List<NamedUnknown> named = DemultiplexReports.nameUnknowns(
                Platform.MISEQ, unknowns, List.of(CatalogueIndex.of("Test kit v1", "UDI-7", "CAAGGTCT", "AACCGGTA")));
        assertThat(named)
                .singleElement()
                .satisfies(match ->
                        assertThat(match.explanation()).isEqualTo("the pair is catalogue index UDI-7 of Test kit v1"));
    }

    private static ExpectedShare share(String sampleId, String weight) {
        return new ExpectedShare(1, sampleId, new BigDecimal(weight));
    }
}
