package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A run's lanes as one report: IDX-2 reported instead of thrown, a collision (IDX-1) or a dark
 * cycle (CB-1) failing the lane, and the first failing rule thrown when no override is given.
 */
class LaneChecksTest {

    @Test
    void aLaneOfDistinctBalancedIndexesPasses() {
        LaneChecks.LaneResult lane = LaneChecks.check(run(
                        Platform.NOVASEQ_X, library("A", "ACGTACGT", "TGCATGCA"), library("B", "CATGCATG", "GTACGTAC")))
                .get(0);
        assertThat(lane.passes()).isTrue();
        assertThat(lane.collisions().minimumDistance()).isEqualTo(16);
    }

    @Test
    void twoUnindexedLibrariesAreReportedAsIdx2() {
        LaneChecks.LaneResult lane = LaneChecks.check(
                        run(Platform.NOVASEQ_X, library("A", null, null), library("B", null, null)))
                .get(0);
        assertThat(lane.passes()).isFalse();
        assertThat(lane.unindexed().rule()).isEqualTo("IDX-2");
        Violations.refused(lane::requirePasses, "IDX-2", 422);
    }

    @Test
    void identicalIndexesFailAsIdx1() {
        LaneChecks.LaneResult lane = LaneChecks.check(run(
                        Platform.NOVASEQ_X, library("A", "ACGTACGT", "TGCATGCA"), library("B", "ACGTACGT", "TGCATGCA")))
                .get(0);
        assertThat(lane.passes()).isFalse();
        Violations.refused(lane::requirePasses, "IDX-1", 422);
    }

    @Test
    void anAllGStartOnTwoColourChemistryFailsAsCb1() {
        LaneChecks.LaneResult lane = LaneChecks.check(run(
                        Platform.NOVASEQ_6000_V1_5,
                        library("A", "GGTACGTA", "AGTCAGTC"),
                        library("B", "GGCATGCA", "TCAGTCAG")))
                .get(0);
        assertThat(lane.collisions().collides()).isFalse();
        assertThat(lane.passes()).isFalse();
        Violations.refused(lane::requirePasses, "CB-1", 422);
    }

    @Test
    void aColourBlindLaneIsSuggestedAKnownIndexThatLightsIt_aBalancedOneNothing() {
        Run blind = run(
                Platform.NOVASEQ_6000_V1_5, library("A", "GGTACGTA", "AGTCAGTC"), library("B", "GGCATGCA", "TCAGTCAG"));
        List<CatalogueIndex> catalogue = List.of(
                CatalogueIndex.of("Test kit v1", "ALSO-GG", "GGTTAACC", "GGAATTCC"),
                CatalogueIndex.of("Test kit v1", "UDI0001", "CCGCGGTT", "AGCGCTAG"));
        LaneChecks.LaneResult lane = LaneChecks.check(blind, catalogue).get(0);
        assertThat(lane.suggestions()).isNotEmpty();
        assertThat(lane.suggestions().get(0).index().name()).isEqualTo("UDI0001");
        assertThat(LaneChecks.check(blind).get(0).suggestions())
                .as("no catalogue, no suggestion")
                .isEmpty();

        Run balanced =
                run(Platform.NOVASEQ_X, library("A", "ACGTACGT", "TGCATGCA"), library("B", "CATGCATG", "GTACGTAC"));
        assertThat(LaneChecks.check(balanced, catalogue).get(0).suggestions()).isEmpty();
    }

    private static PooledLibrary library(String name, String i7, String i5) {
        Library library = new Library(
                UUID.randomUUID(),
                name,
                UUID.randomUUID(),
                null,
                null,
                null,
                i7,
                i7,
                i5,
                i5,
                null,
                null,
                null,
                BigDecimal.TEN);
        return new PooledLibrary(
                library,
                BigDecimal.ONE,
                BigDecimal.ONE,
                BigDecimal.ONE,
                BigDecimal.TEN,
                PoolQc.Standing.PASS,
                List.of());
    }

    private static Run run(Platform platform, PooledLibrary... libraries) {
        Instant now = Instant.now();
        return new Run(
                UUID.randomUUID(),
                "run",
                UUID.randomUUID(),
                platform,
                ReadStructure.parse("151-8-8-151"),
                RunPriority.NORMAL,
                null,
                MismatchPolicy.DEFAULT,
                SequencingStatus.DRAFT,
                now,
                "it",
                now,
                List.of(new Lane(1, UUID.randomUUID(), List.of(libraries))),
                List.of());
    }
}
