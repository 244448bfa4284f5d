package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracseq.sequencing.domain.CatalogueKit.KitIndex;
import org.tracseq.sequencing.domain.ColourBalance.Suggestion;
import org.tracseq.sequencing.domain.DemultiplexReports.NamedUnknown;
import org.tracseq.sequencing.domain.DemultiplexReports.UnknownBarcode;

/**
 * CB-1 suggestions and unknown barcodes come from library-prep's whole index catalogue (the kits its
 * events announce), paired as each kit pairs them (LB-4); a superseded kit is never suggested but
 * still names what a flow cell read.
 */
class CB1CatalogueSuggestionsTest {
    private static final ReadStructure DUAL_8 = ReadStructure.parse("151-8-8-151");

    /** IDT for Illumina UD Indexes Set A, UDI0001-UDI0003 (i5 forward), with an i7 whose i5 is missing. */
    private static final CatalogueKit UD_SET_A = new CatalogueKit(
            "IDT for Illumina UD Indexes Set A",
            1,
            "unique_dual",
            true,
            List.of(
                    new KitIndex("i7", "UDI0001", "CCGCGGTT"),
                    new KitIndex("i5", "UDI0001", "AGCGCTAG"),
                    new KitIndex("i7", "UDI0002", "TTATAACC"),
                    new KitIndex("i5", "UDI0002", "GATATCGA"),
                    new KitIndex("i7", "UDI0003", "GGACTTGG"),
                    new KitIndex("i5", "UDI0003", "CGCAGACG"),
                    new KitIndex("i7", "UDI0004", "AAGTCCAA")));

    private static final CatalogueKit NEXTERA = new CatalogueKit(
            "Nextera XT Index Kit v2",
            1,
            "combinatorial",
            true,
            List.of(
                    new KitIndex("i7", "N701", "TAAGGCGA"),
                    new KitIndex("i7", "N702", "CGTACTAG"),
                    new KitIndex("i5", "S502", "CTCTCTAT"),
                    new KitIndex("i5", "S503", "TATCCTCT")));

    private static final CatalogueKit TRUSEQ_SINGLE = new CatalogueKit(
            "TruSeq Single Indexes Set A",
            1,
            "single",
            true,
            List.of(new KitIndex("i7", "AR002", "CGATGT"), new KitIndex("i7", "AR004", "TGACCA")));

    @Test
    void aKitOffersItsIndexesPairedAsItPairsThem() {
        assertThat(UD_SET_A.pairs())
                .as("each i7 with the i5 of its name; an i7 without one is no pair")
                .extracting(
                        CatalogueIndex::name,
                        index -> index.i7().bases(),
                        index -> index.i5().bases())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("UDI0001", "CCGCGGTT", "AGCGCTAG"),
                        org.assertj.core.groups.Tuple.tuple("UDI0002", "TTATAACC", "GATATCGA"),
                        org.assertj.core.groups.Tuple.tuple("UDI0003", "GGACTTGG", "CGCAGACG"));
        assertThat(NEXTERA.pairs())
                .extracting(CatalogueIndex::name)
                .containsExactly("N701/S502", "N701/S503", "N702/S502", "N702/S503");
        assertThat(TRUSEQ_SINGLE.pairs())
                .allSatisfy(index -> assertThat(index.i5()).isNull())
                .extracting(CatalogueIndex::kit)
                .containsOnly("TruSeq Single Indexes Set A v1");
        assertThat(new CatalogueKit("Only superseded so far", 2, null, false, List.of()).pairs())
                .isEmpty();
    }

    @Test
    void aKitTheLaneChecksCouldNotReadIsRefused() {
        CatalogueKit badBases = new CatalogueKit("Bad", 1, "single", true, List.of(new KitIndex("i7", "X1", "ACGTNN")));
        assertThat(Violations.refused(badBases::pairs, "LB-4", 422)).contains("ACGTNN");
        CatalogueKit unknownPairing = new CatalogueKit("Odd", 1, "quadruple", true, List.of());
        assertThatThrownBy(unknownPairing::pairs).hasMessageContaining("quadruple");
    }

    @Test
    void aSupersededKitIsNeverSuggested_butStillNamesUnknownBarcodes() {
        CatalogueKit old = new CatalogueKit(
                "Lab custom UDI",
                1,
                "unique_dual",
                false,
                List.of(new KitIndex("i7", "C1", "ACACTGTG"), new KitIndex("i5", "C1", "AGGCTATA")));

        assertThat(CatalogueKit.suggestable(List.of(old, UD_SET_A)))
                .extracting(CatalogueIndex::kit)
                .containsOnly("IDT for Illumina UD Indexes Set A v1");
        assertThat(CatalogueKit.nameable(List.of(old, UD_SET_A)))
                .extracting(CatalogueIndex::name)
                .as("the current kits first")
                .containsExactly("UDI0001", "UDI0002", "UDI0003", "C1");
    }

    @Test
    void theSameSequencesInTwoKitsAreOneCandidate() {
        CatalogueKit copy = new CatalogueKit(
                "IDT for Illumina UD Indexes Set A (lab copy)", 1, "unique_dual", true, UD_SET_A.indexes());
        assertThat(CatalogueKit.suggestable(List.of(UD_SET_A, copy)))
                .hasSize(3)
                .extracting(CatalogueIndex::kit)
                .containsOnly("IDT for Illumina UD Indexes Set A v1");
    }

    @Test
    void aDarkLaneGetsTheCatalogueIndexesThatLightIt_neverOneThatCollides() {
        // Two libraries whose i7 starts GG: Index 1 cycles 1 and 2 are dark on a NovaSeq 6000.
        List<LaneLibrary> lane =
                List.of(LaneLibrary.of("a", "GGACTTGG", "CGCAGACG"), LaneLibrary.of("b", "GGTACCAA", "TTAAGCTA"));
        CatalogueKit kits = new CatalogueKit(
                "Lab UDI",
                1,
                "unique_dual",
                true,
                List.of(
                        // UDI0003's own sequences again: collides with library a (IDX-1).
                        new KitIndex("i7", "TWIN", "GGACTTGG"),
                        new KitIndex("i5", "TWIN", "CGCAGACG"),
                        new KitIndex("i7", "DARK", "GGCCAATT"),
                        new KitIndex("i5", "DARK", "ACGTACGT")));

        List<Suggestion> suggestions = ColourBalance.suggest(
                Platform.NOVASEQ_6000_V1_5,
                DUAL_8,
                lane,
                CatalogueKit.suggestable(List.of(kits, UD_SET_A)),
                MismatchPolicy.DEFAULT,
                5);

        assertThat(suggestions)
                .extracting(suggestion -> suggestion.index().name())
                .as("TWIN and UDI0003 collide with library a (IDX-1)")
                .doesNotContain("TWIN", "UDI0003");
        assertThat(suggestions.subList(0, 2))
                .as("the best: both light Index 1 cycles 1 and 2")
                .extracting(suggestion -> suggestion.index().name())
                .containsExactlyInAnyOrder("UDI0001", "UDI0002");
        assertThat(suggestions.subList(0, 2)).allSatisfy(suggestion -> {
            assertThat(suggestion.failsAfter()).isZero();
            assertThat(suggestion.fixes()).contains("Index 1 cycle 1", "Index 1 cycle 2");
        });
    }

    @Test
    void anUnknownBarcodeIsNamedByItsWholePairBeforeASingleIndexItStartsWith() {
        CatalogueKit ud = new CatalogueKit(
                "IDT for Illumina UD Indexes Set A",
                1,
                "unique_dual",
                true,
                List.of(new KitIndex("i7", "UDI0005", "ATCCACTG"), new KitIndex("i5", "UDI0005", "AGGTGCGT")));
        // A single index whose six bases start UDI0005's i7, in a kit sorted first.
        CatalogueKit single =
                new CatalogueKit("A single-index kit", 1, "single", true, List.of(new KitIndex("i7", "S1", "ATCCAC")));
        List<UnknownBarcode> unknowns = List.of(
                // UDI0005 as the NovaSeq X reads it: i5 reverse-complemented.
                new UnknownBarcode(1, "ATCCACTG", "ACGCACCT", 1_204_331),
                new UnknownBarcode(1, "ATCCACGG", "TTTTTTTT", 10_000));

        List<NamedUnknown> named = DemultiplexReports.nameUnknowns(
                Platform.NOVASEQ_X, unknowns, CatalogueKit.nameable(List.of(single, ud)));

        assertThat(named).hasSize(2);
        assertThat(named.get(0).index().name()).isEqualTo("UDI0005");
        assertThat(named.get(0).explanation())
                .isEqualTo("the pair is catalogue index UDI0005 of IDT for Illumina UD Indexes Set A v1");
        assertThat(named.get(1).index().name()).isEqualTo("S1");
        assertThat(named.get(1).explanation()).startsWith("Index 1 is catalogue index S1");
    }
}
