package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracseq.sequencing.domain.IndexCollisions.Collision;
import org.tracseq.sequencing.domain.IndexCollisions.CollisionReport;

/**
 * IDX-1: a pair collides when every index read's distance is at most 2·m for that read; compared over
 * the shorter length. Sequences are 8 bases; the names say how far they are from {@code ACGTACGT} /
 * {@code TTGGCCAA}.
 */
class IDX1CollisionTest {
    private static final String I7 = "ACGTACGT";
    private static final String I7_1 = "ACGTACGA";
    private static final String I7_2 = "TCGTACGA";
    private static final String I7_3 = "TGGTACGA";
    private static final String I7_4 = "TGCTACGA";
    private static final String I7_5 = "TGCAACGA";
    private static final String I5 = "TTGGCCAA";
    private static final String I5_1 = "TTGGCCAT";
    private static final String I5_2 = "ATGGCCAT";
    private static final String I5_4 = "AAGGCCTT";

    @Test
    void theDistanceIsCountedOverTheShorterLength() {
        assertThat(IndexSequence.distance(IndexSequence.of(I7), IndexSequence.of(I7_5)))
                .isEqualTo(5);
        assertThat(IndexSequence.distance(IndexSequence.of(I7), IndexSequence.of(I7 + "CA")))
                .isZero();
        assertThat(IndexSequence.distance(
                        IndexSequence.of("ACGTACGTACGTACGTACGTACGTACGTACGT"),
                        IndexSequence.of("TCGTACGTACGTACGTACGTACGTACGTACGA")))
                .as("32 bases fill the whole long")
                .isEqualTo(2);
    }

    @Test
    void withOneMismatchDualIndexesCollideUntilOneReadDiffersByThree() {
        assertThat(check(MismatchPolicy.DEFAULT, dual("a", I7, I5), dual("b", I7_2, I5_2))
                        .collisions())
                .singleElement()
                .satisfies(collision -> {
                    assertThat(collision.distanceIndex1()).isEqualTo(2);
                    assertThat(collision.distanceIndex2()).isEqualTo(2);
                    assertThat(collision.comparedIndex1()).isEqualTo(8);
                });
        assertThat(check(MismatchPolicy.DEFAULT, dual("a", I7, I5), dual("b", I7_3, I5))
                        .collides())
                .as("3 apart in Index 1 is enough even with Index 2 identical")
                .isFalse();
    }

    @Test
    void withNoMismatchesOnlyEqualReadsCollide() {
        MismatchPolicy exact = new MismatchPolicy(0, 0);
        assertThat(check(exact, dual("a", I7, I5), dual("b", I7_1, I5_1)).collides())
                .isFalse();
        assertThat(check(exact, dual("a", I7, I5), dual("b", I7, I5_1)).collides())
                .isFalse();
        assertThat(check(exact, dual("a", I7, I5), dual("b", I7, I5)).collisions())
                .singleElement()
                .satisfies(collision -> assertThat(collision.identical()).isTrue());
    }

    @Test
    void withTwoMismatchesReadsMustDifferByFive() {
        MismatchPolicy two = new MismatchPolicy(2, 2);
        assertThat(check(two, dual("a", I7, I5), dual("b", I7_4, I5_4)).collides())
                .isTrue();
        assertThat(check(two, dual("a", I7, I5), dual("b", I7_5, I5_4)).collides())
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void atEveryMismatchSettingPairsCollideUpToTwiceItInSingleDualAndMixedLengthLanes(int m) {
        MismatchPolicy policy = new MismatchPolicy(m, m);
        String[] byDistance = {I7, I7_1, I7_2, I7_3, I7_4, I7_5};
        String near = byDistance[2 * m];
        String far = byDistance[2 * m + 1];
        assertThat(check(policy, single("a", I7), single("b", near)).collides()).isTrue();
        assertThat(check(policy, single("a", I7), single("b", far)).collides()).isFalse();
        assertThat(check(policy, dual("a", I7, I5), dual("b", near, I5)).collides())
                .isTrue();
        assertThat(check(policy, dual("a", I7, I5), dual("b", far, I5)).collides())
                .isFalse();
        // Ten bases beside eight: the two extra bases never count.
        assertThat(check(policy, dual("a", I7, I5), dual("b", near + "GG", I5 + "TT"))
                        .collides())
                .isTrue();
        assertThat(check(policy, dual("a", I7, I5), dual("b", far + "GG", I5 + "TT"))
                        .collides())
                .isFalse();
    }

    @Test
    void mismatchesAreSetPerIndexRead() {
        MismatchPolicy strictI7 = new MismatchPolicy(0, 2);
        assertThat(check(strictI7, dual("a", I7, I5), dual("b", I7_1, I5)).collides())
                .isFalse();
        assertThat(check(new MismatchPolicy(1, 0), dual("a", I7, I5), dual("b", I7_1, I5_1))
                        .collides())
                .isFalse();
        assertThat(check(new MismatchPolicy(1, 1), dual("a", I7, I5), dual("b", I7_1, I5_1))
                        .collides())
                .isTrue();
    }

    @Test
    void singleIndexedLanesCompareIndex1Only() {
        assertThat(check(MismatchPolicy.DEFAULT, single("a", I7), single("b", I7_2))
                        .collisions())
                .singleElement()
                .satisfies(collision -> {
                    assertThat(collision.distanceIndex1()).isEqualTo(2);
                    assertThat(collision.distanceIndex2()).isNull();
                });
        assertThat(check(MismatchPolicy.DEFAULT, single("a", I7), single("b", I7_3))
                        .collides())
                .isFalse();
        assertThat(check(new MismatchPolicy(0, 1), single("a", I7), single("b", I7_1))
                        .collides())
                .isFalse();
    }

    @Test
    void mixedLengthsCompareOverTheShorterIndex() {
        CollisionReport report =
                check(MismatchPolicy.DEFAULT, dual("eight", I7, I5), dual("ten", I7 + "CA", I5 + "GT"));
        assertThat(report.collisions()).singleElement().satisfies(collision -> {
            assertThat(collision.comparedIndex1()).isEqualTo(8);
            assertThat(collision.comparedIndex2()).isEqualTo(8);
            assertThat(collision.distanceIndex1()).isZero();
        });
        assertThat(check(MismatchPolicy.DEFAULT, dual("eight", I7, I5), dual("ten", I7_3 + "CA", I5 + "GT"))
                        .collides())
                .isFalse();
    }

    @Test
    void aSingleIndexedLibraryBesideDualIndexedOnesIsToldApartByIndex1Alone() {
        CollisionReport report =
                check(MismatchPolicy.DEFAULT, single("single", I7), dual("dual", I7_1, I5), dual("far", I7_5, I5));
        assertThat(report.collisions()).singleElement().satisfies(collision -> {
            assertThat(collision.first()).isEqualTo("single");
            assertThat(collision.second()).isEqualTo("dual");
            assertThat(collision.distanceIndex2()).isNull();
            assertThat(collision.describe()).contains("one has no i5");
        });
    }

    @Test
    void dualIndexesSharingAnI7AreToldApartByTheirI5() {
        assertThat(check(MismatchPolicy.DEFAULT, dual("a", I7, I5), dual("b", I7, I5_4))
                        .collides())
                .isFalse();
    }

    @Test
    void theSameSequencesUnderTwoNamesAlwaysCollide() {
        LaneLibrary first = new LaneLibrary("lib-1", "D701", IndexSequence.of(I7), "D501", IndexSequence.of(I5));
        LaneLibrary second = new LaneLibrary("lib-2", "UDI0001", IndexSequence.of(I7), "UDI0001", IndexSequence.of(I5));
        Collision collision = IndexCollisions.check(List.of(first, second), new MismatchPolicy(0, 0))
                .collisions()
                .get(0);
        assertThat(collision.sameSequenceUnderTwoNames()).isTrue();
        assertThat(collision.describe()).contains("same index sequences under different names");
    }

    @Test
    void everyCollidingPairIsReported_andTheRefusalNamesThem() {
        CollisionReport report = check(
                MismatchPolicy.DEFAULT,
                dual("a", I7, I5),
                dual("b", I7_1, I5),
                dual("c", I7_2, I5),
                dual("z", I7_5, I5_4));
        assertThat(report.collisions())
                .extracting(collision -> collision.first() + "-" + collision.second())
                .containsExactly("a-b", "a-c", "b-c");
        String message = Violations.refused(report::requireNoCollisions, "IDX-1", 422);
        assertThat(message).contains("3 pair(s)").contains("a and b").contains("1/1 mismatches");
    }

    @Test
    void mismatchesOutsideZeroToTwoAreRefused() {
        Violations.refused(() -> new MismatchPolicy(3, 1), "IDX-1", 422);
        Violations.refused(() -> new MismatchPolicy(1, -1), "IDX-1", 422);
    }

    @Test
    void indexesHoldOnlyACGT() {
        String message = Violations.refused(() -> IndexSequence.of("ACGNACGT"), "LB-4", 422);
        assertThat(message).contains("position 4");
        Violations.refused(() -> IndexSequence.of("A".repeat(33)), "LB-4", 422);
    }

    @Test
    void reverseComplementReadsTheOtherStrand() {
        assertThat(IndexSequence.of("AACCGGTA").reverseComplement().bases()).isEqualTo("TACCGGTT");
    }

    static CollisionReport check(MismatchPolicy mismatches, LaneLibrary... libraries) {
        return IndexCollisions.check(List.of(libraries), mismatches);
    }

    static LaneLibrary dual(String name, String i7, String i5) {
        return LaneLibrary.of(name, i7, i5);
    }

    static LaneLibrary single(String name, String i7) {
        return LaneLibrary.of(name, i7, null);
    }
}
