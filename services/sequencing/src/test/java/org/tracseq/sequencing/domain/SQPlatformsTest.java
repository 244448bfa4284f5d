package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.sequencing.domain.I5Orientation.FORWARD;
import static org.tracseq.sequencing.domain.I5Orientation.REVERSE_COMPLEMENT;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** SQ-PLATFORMS: the catalogue, its chemistries and i5 orientations, and read structures that fit. */
class SQPlatformsTest {

    @Test
    void theCatalogueHoldsEveryPlatformTheDomainNames() {
        assertThat(Arrays.stream(Platform.values()).map(Platform::displayName))
                .contains(
                        "MiSeq",
                        "MiniSeq",
                        "iSeq 100",
                        "NextSeq 500/550",
                        "NextSeq 1000/2000",
                        "NovaSeq 6000 (v1.0 reagents)",
                        "NovaSeq 6000 (v1.5 reagents)",
                        "NovaSeq X");
    }

    @Test
    void eachPlatformHasItsChemistry() {
        assertThat(Platform.MISEQ.chemistry().family()).isEqualTo("4-colour");
        assertThat(Platform.NEXTSEQ_500_550.chemistry().family()).isEqualTo("2-colour");
        assertThat(Platform.NOVASEQ_6000_V1_5.chemistry().family()).isEqualTo("2-colour");
        assertThat(Platform.NOVASEQ_X.chemistry().family()).isEqualTo("XLEAP");
        assertThat(Platform.NEXTSEQ_1000_2000.chemistry().family()).isEqualTo("XLEAP");
        assertThat(Platform.ISEQ_100.chemistry().family()).isEqualTo("1-colour");
    }

    @Test
    void twoColourLightsABothChannelsCRedTGreenAndGNone() {
        Chemistry chemistry = Chemistry.TWO_COLOUR_RED_GREEN;
        assertThat(chemistry.channels()).containsExactly("red", "green");
        assertThat(chemistry.channelsOf(Bases.A)).isEqualTo(0b11);
        assertThat(chemistry.channelsOf(Bases.C)).isEqualTo(0b01);
        assertThat(chemistry.channelsOf(Bases.T)).isEqualTo(0b10);
        assertThat(chemistry.channelsOf(Bases.G)).isZero();
    }

    @Test
    void xleapMovedTheDualColourBaseToC_andABecameBlueOnly() {
        Chemistry chemistry = Chemistry.XLEAP;
        assertThat(chemistry.channels()).containsExactly("blue", "green");
        assertThat(chemistry.channelsOf(Bases.C)).isEqualTo(0b11);
        assertThat(chemistry.channelsOf(Bases.A)).isEqualTo(0b01);
        assertThat(chemistry.channelsOf(Bases.T)).isEqualTo(0b10);
        assertThat(chemistry.channelsOf(Bases.G)).isZero();
        assertThat(chemistry.warnsOnBlueOnly()).isTrue();
    }

    @Test
    void onlyTheFourColourChemistryHasNoDarkBase() {
        for (Chemistry chemistry : Chemistry.values()) {
            assertThat(chemistry.hasDarkBase()).isEqualTo(chemistry != Chemistry.FOUR_COLOUR);
        }
    }

    @Test
    void i5IsReadForwardOnMiSeqAndNovaSeq6000V10_andReverseComplementedElsewhere() {
        assertThat(Platform.MISEQ.i5AsRead()).isEqualTo(FORWARD);
        assertThat(Platform.NOVASEQ_6000_V1_0.i5AsRead()).isEqualTo(FORWARD);
        for (Platform platform : EnumSet.complementOf(EnumSet.of(Platform.MISEQ, Platform.NOVASEQ_6000_V1_0))) {
            assertThat(platform.i5AsRead()).as(platform.displayName()).isEqualTo(REVERSE_COMPLEMENT);
        }
    }

    @Test
    void sheetsTakeI5AsReadExceptV2SheetsOfInstrumentsWhoseDragenTurnsItAround() {
        assertThat(Platform.NOVASEQ_X.i5InSheet(SampleSheetVersion.V2)).isEqualTo(FORWARD);
        assertThat(Platform.NEXTSEQ_1000_2000.i5InSheet(SampleSheetVersion.V2)).isEqualTo(FORWARD);
        assertThat(Platform.NEXTSEQ_500_550.i5InSheet(SampleSheetVersion.V1)).isEqualTo(REVERSE_COMPLEMENT);
        assertThat(Platform.NEXTSEQ_500_550.i5InSheet(SampleSheetVersion.V2)).isEqualTo(REVERSE_COMPLEMENT);
        assertThat(Platform.NOVASEQ_6000_V1_5.i5InSheet(SampleSheetVersion.V2)).isEqualTo(REVERSE_COMPLEMENT);
        assertThat(Platform.MISEQ.i5InSheet(SampleSheetVersion.V1)).isEqualTo(FORWARD);
    }

    @Test
    void novaSeqXAndNextSeq2000TakeV2SheetsOnly_nextSeq500DefaultsToV1() {
        assertThat(Platform.NOVASEQ_X.sheetVersions()).containsExactly(SampleSheetVersion.V2);
        assertThat(Platform.NEXTSEQ_1000_2000.sheetVersions()).containsExactly(SampleSheetVersion.V2);
        assertThat(Platform.NEXTSEQ_500_550.sheetVersions()).contains(SampleSheetVersion.V1, SampleSheetVersion.V2);
        assertThat(Platform.NEXTSEQ_500_550.defaultSheetVersion()).isEqualTo(SampleSheetVersion.V1);
        assertThat(Platform.NOVASEQ_X.v2InstrumentPlatform()).isEqualTo("NovaSeqXSeries");
    }

    @Test
    void lanesAreNumberedFromOneToTheFlowCellsLanes() {
        assertThat(Platform.NOVASEQ_X.lanes()).isEqualTo(8);
        assertThat(Platform.NOVASEQ_X.independentLanes()).isTrue();
        assertThat(Platform.NEXTSEQ_500_550.independentLanes()).isFalse();
        Platform.NOVASEQ_X.checkLane(8);
        String message = Violations.refused(() -> Platform.NOVASEQ_X.checkLane(9), "SQ-PLATFORMS", 422);
        assertThat(message).contains("1 to 8");
        Violations.refused(() -> Platform.MISEQ.checkLane(0), "SQ-PLATFORMS", 422);
    }

    @Test
    void aPlatformIsFoundByItsCode_anUnknownOneIsRefusedWithTheCatalogue() {
        assertThat(Platform.of("novaseq_x")).isEqualTo(Platform.NOVASEQ_X);
        String message = Violations.refused(() -> Platform.of("HiSeq 2500"), "SQ-PLATFORMS", 422);
        assertThat(message).contains("MISEQ").contains("NOVASEQ_X");
    }

    @Test
    void readStructuresAreReadAsTheLabWritesThem() {
        ReadStructure paired = ReadStructure.parse("151-10-10-151");
        assertThat(paired).isEqualTo(new ReadStructure(151, 10, 10, 151));
        assertThat(paired.totalCycles()).isEqualTo(322);
        assertThat(paired).hasToString("151-10-10-151");
        assertThat(ReadStructure.parse("151-8-151")).isEqualTo(new ReadStructure(151, 8, 0, 151));
        assertThat(ReadStructure.parse("151-8")).isEqualTo(new ReadStructure(151, 8, 0, 0));
        assertThat(ReadStructure.parse("36")).isEqualTo(new ReadStructure(36, 0, 0, 0));
        Violations.refused(() -> ReadStructure.parse("151-x-151"), "SQ-PLATFORMS", 422);
        Violations.refused(() -> ReadStructure.parse("1-2-3-4-5"), "SQ-PLATFORMS", 422);
        Violations.refused(() -> new ReadStructure(0, 8, 8, 151), "SQ-PLATFORMS", 422);
        Violations.refused(() -> new ReadStructure(151, 0, 8, 151), "SQ-PLATFORMS", 422);
        Violations.refused(() -> new ReadStructure(151, 33, 0, 151), "SQ-PLATFORMS", 422);
    }

    @Test
    void readsLongerThanThePlatformsKitsAreRefused() {
        ReadStructure.parse("301-8-8-301").checkFits(Platform.MISEQ);
        ReadStructure.parse("151-10-10-151").checkFits(Platform.NOVASEQ_X);
        String message = Violations.refused(
                () -> ReadStructure.parse("251-10-10-251").checkFits(Platform.NOVASEQ_X), "SQ-PLATFORMS", 422);
        assertThat(message).contains("at most 151");
    }
}
