package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tracseq.sequencing.domain.ColourBalance.Finding;
import org.tracseq.sequencing.domain.ColourBalance.Grade;
import org.tracseq.sequencing.domain.ColourBalance.Report;
import org.tracseq.sequencing.domain.ColourBalance.Severity;
import org.tracseq.sequencing.domain.ColourBalance.Suggestion;

/** CB-1: every index cycle lit, judged per chemistry on the indexes as the instrument reads them. */
class CB1ColourBalanceTest {
    private static final ReadStructure SINGLE_INDEX = ReadStructure.parse("151-8-151");
    private static final ReadStructure DUAL_INDEX = ReadStructure.parse("151-8-8-151");

    @Test
    void aTwoColourLaneThatIsAllGInTheFirstIndexCyclesFails() {
        Report report = ColourBalance.check(
                Platform.NOVASEQ_6000_V1_5,
                SINGLE_INDEX,
                List.of(LaneLibrary.of("a", "GGTACCAA", null), LaneLibrary.of("b", "GGCATTCA", null)));
        assertThat(report.passes()).isFalse();
        assertThat(report.grade()).isEqualTo(Grade.UNACCEPTABLE);
        assertThat(report.findings())
                .filteredOn(finding -> finding.severity() == Severity.FAIL)
                .extracting(Finding::indexRead, Finding::cycle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(1, 2));
        assertThat(report.cycles().get(0).describe())
                .isEqualTo("Index 1 cycle 1: A 0, C 0, G 2, T 0; no signal in red, green");
        String message = Violations.refused(report::requirePasses, "CB-1", 422);
        assertThat(message).contains("Index 1 cycle 1 has no signal").contains("first two cycles");
    }

    @ParameterizedTest
    @EnumSource(
            value = Platform.class,
            names = {"MISEQ"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyChemistryWithADarkBaseFailsALaneStartingGGInEveryIndex(Platform platform) {
        Report report = ColourBalance.check(
                platform,
                DUAL_INDEX,
                List.of(LaneLibrary.of("a", "GGTACCAA", "ACTAGTCC"), LaneLibrary.of("b", "GGCATTCA", "TAGACACC")));
        assertThat(report.passes()).isFalse();
        // i5 ends CC forward, so it starts GG wherever it is read reverse-complemented.
        int darkReads = platform.i5AsRead() == I5Orientation.REVERSE_COMPLEMENT ? 2 : 1;
        assertThat(report.findings())
                .filteredOn(finding -> finding.severity() == Severity.FAIL)
                .hasSize(2 * darkReads)
                .allSatisfy(finding -> assertThat(finding.cycle()).isLessThanOrEqualTo(2));
    }

    @Test
    void aDarkCycleLaterInTheIndexFailsToo() {
        Report report = ColourBalance.check(
                Platform.NEXTSEQ_500_550,
                SINGLE_INDEX,
                List.of(LaneLibrary.of("a", "ACAGCACA", null), LaneLibrary.of("b", "CACGACAC", null)));
        assertThat(report.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.FAIL);
            assertThat(finding.cycle()).isEqualTo(4);
        });
    }

    @Test
    void i5IsJudgedAsTheInstrumentReadsIt() {
        // Forward i5 ending CC: a reverse-complement instrument reads GG first.
        List<LaneLibrary> lane =
                List.of(LaneLibrary.of("a", "ACACACAC", "ATCGTACC"), LaneLibrary.of("b", "CACACACA", "TAGCATCC"));
        Report forwardReader = ColourBalance.check(Platform.NOVASEQ_6000_V1_0, DUAL_INDEX, lane);
        Report reverseReader = ColourBalance.check(Platform.NOVASEQ_6000_V1_5, DUAL_INDEX, lane);
        assertThat(forwardReader.passes()).isTrue();
        assertThat(reverseReader.passes()).isFalse();
        assertThat(reverseReader.findings())
                .filteredOn(finding -> finding.severity() == Severity.FAIL)
                .extracting(Finding::indexRead, Finding::cycle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 1), org.assertj.core.groups.Tuple.tuple(2, 2));
        assertThat(reverseReader.findings())
                .filteredOn(finding -> finding.severity() == Severity.WARN)
                .extracting(Finding::message)
                .anySatisfy(message -> assertThat(message).contains("Library a's Index 2 starts GG"));
    }

    @Test
    void xleapWarnsOnBlueOnlyCyclesWhereTheOlderTwoColourChemistryIsIdeal() {
        List<LaneLibrary> lane = List.of(LaneLibrary.of("a", "ACACACAC", null), LaneLibrary.of("b", "GTGTGTGT", null));
        Report novaSeq6000 = ColourBalance.check(Platform.NOVASEQ_6000_V1_5, SINGLE_INDEX, lane);
        Report novaSeqX = ColourBalance.check(Platform.NOVASEQ_X, SINGLE_INDEX, lane);
        assertThat(novaSeq6000.grade()).isEqualTo(Grade.IDEAL);
        assertThat(novaSeqX.passes()).isTrue();
        assertThat(novaSeqX.findings())
                .allSatisfy(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.WARN);
                    assertThat(finding.message()).contains("blue channel only");
                })
                .extracting(Finding::cycle)
                .containsExactly(1, 3, 5, 7);
    }

    @Test
    void aCycleLitInOneChannelIsAcceptableButNotIdeal() {
        Report report = ColourBalance.check(
                Platform.NOVASEQ_6000_V1_5,
                SINGLE_INDEX,
                List.of(LaneLibrary.of("a", "TGTGTGTG", null), LaneLibrary.of("b", "GTGTGTGT", null)));
        assertThat(report.passes()).isTrue();
        assertThat(report.grade()).isEqualTo(Grade.ACCEPTABLE);
        assertThat(report.findings()).hasSize(8).allSatisfy(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.NOTE);
            assertThat(finding.message()).endsWith("no signal in red");
        });
    }

    @Test
    void fourColourNeverGoesDarkButWarnsWhenALaserHasNothingToSee() {
        Report report = ColourBalance.check(
                Platform.MISEQ,
                SINGLE_INDEX,
                List.of(LaneLibrary.of("a", "GGTGTGTG", null), LaneLibrary.of("b", "GTGTGTGT", null)));
        assertThat(report.passes()).isTrue();
        assertThat(report.findings())
                .hasSize(8)
                .allSatisfy(finding -> assertThat(finding.message()).contains("no signal in red laser"));
    }

    @Test
    void theOneColourISeqIsDarkOnGToo() {
        Report report =
                ColourBalance.check(Platform.ISEQ_100, SINGLE_INDEX, List.of(LaneLibrary.of("a", "GGTACCAA", null)));
        assertThat(report.passes()).isFalse();
    }

    @Test
    void onlyTheCyclesAnIndexReachesAreJudged() {
        Report report = ColourBalance.check(
                Platform.NOVASEQ_X,
                ReadStructure.parse("151-10-10-151"),
                List.of(LaneLibrary.of("a", "CCCCCCCC", "GGGGGGGG")));
        assertThat(report.cycles()).hasSize(16);
        assertThat(report.grade()).isEqualTo(Grade.IDEAL);
    }

    @Test
    void whereShorterIndexesHaveEndedADarkCycleIsAWarningNotAFailure() {
        Report report = ColourBalance.check(
                Platform.NOVASEQ_6000_V1_5,
                ReadStructure.parse("151-10-151"),
                List.of(LaneLibrary.of("eight", "ACACACAC", null), LaneLibrary.of("ten", "CACACACAGG", null)));
        assertThat(report.passes()).isTrue();
        assertThat(report.cycles()).hasSize(10);
        assertThat(report.findings())
                .extracting(Finding::severity, Finding::cycle)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.WARN, 9),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARN, 10));
        assertThat(report.findings().get(0).message()).contains("1 shorter indexes have ended");
    }

    @Test
    void aCatalogueIndexThatLightsTheDarkCyclesIsSuggested_neverOneThatCollides() {
        List<LaneLibrary> lane = List.of(LaneLibrary.of("a", "GGTACCAA", null), LaneLibrary.of("b", "GGCATTCA", null));
        List<CatalogueIndex> catalogue = List.of(
                CatalogueIndex.of("Test kit v1", "dark-too", "GGAAGGAA", null),
                CatalogueIndex.of("Test kit v1", "same-as-a", "GGTACCAA", null),
                CatalogueIndex.of("Test kit v1", "lights-up", "ACGTGTCA", null),
                CatalogueIndex.of("Test kit v1", "also-lights", "CAGTCTGA", null));
        List<Suggestion> suggestions = ColourBalance.suggest(
                Platform.NOVASEQ_6000_V1_5, SINGLE_INDEX, lane, catalogue, MismatchPolicy.DEFAULT, 5);
        assertThat(suggestions)
                .extracting(suggestion -> suggestion.index().name())
                .containsExactlyInAnyOrder("lights-up", "also-lights");
        assertThat(suggestions).allSatisfy(suggestion -> {
            assertThat(suggestion.failsAfter()).isZero();
            assertThat(suggestion.gradeAfter()).isNotEqualTo(Grade.UNACCEPTABLE);
            assertThat(suggestion.fixes()).contains("Index 1 cycle 1").contains("Index 1 cycle 2");
        });
        assertThat(ColourBalance.suggest(
                        Platform.NOVASEQ_6000_V1_5, SINGLE_INDEX, lane, catalogue, MismatchPolicy.DEFAULT, 1))
                .hasSize(1);
    }
}
