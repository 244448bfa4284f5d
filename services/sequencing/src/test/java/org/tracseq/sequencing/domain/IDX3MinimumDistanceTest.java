package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** IDX-3: the pool's minimum pairwise distance (both reads added up), with a warning under 4. */
class IDX3MinimumDistanceTest {

    @Test
    void thePoolsClosestPairIsNamedWithItsDistance() {
        var report = IndexCollisions.check(
                List.of(
                        LaneLibrary.of("a", "ACGTACGT", "TTGGCCAA"),
                        LaneLibrary.of("b", "TGGTACGA", "TTGGCCAA"),
                        LaneLibrary.of("c", "CATGCATG", "GGAATTCC")),
                MismatchPolicy.DEFAULT);
        assertThat(report.collides()).as("3 apart in Index 1 separates a and b").isFalse();
        assertThat(report.closest().first()).isEqualTo("a");
        assertThat(report.closest().second()).isEqualTo("b");
        assertThat(report.minimumDistance()).isEqualTo(3);
        assertThat(report.lowDistanceWarning()).isTrue();
    }

    @Test
    void fourApartIsNoWarning() {
        var report = IndexCollisions.check(
                List.of(LaneLibrary.of("a", "ACGTACGT", "TTGGCCAA"), LaneLibrary.of("b", "TGGTACGA", "TTGGCCAT")),
                MismatchPolicy.DEFAULT);
        assertThat(report.minimumDistance()).isEqualTo(4);
        assertThat(report.lowDistanceWarning()).isFalse();
        assertThat(IndexCollisions.WARN_BELOW).isEqualTo(4);
    }

    @Test
    void aSingleIndexedPairCountsIndex1Only() {
        var report = IndexCollisions.check(
                List.of(LaneLibrary.of("a", "ACGTACGT", null), LaneLibrary.of("b", "TGCAACGA", "TTGGCCAA")),
                MismatchPolicy.DEFAULT);
        assertThat(report.minimumDistance()).isEqualTo(5);
    }
}
