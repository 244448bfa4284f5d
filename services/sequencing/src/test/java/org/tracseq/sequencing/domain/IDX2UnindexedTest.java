package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** IDX-2: at most one unindexed library per lane, and only alone. */
class IDX2UnindexedTest {

    @Test
    void anUnindexedLibraryAloneIsFine() {
        var report = IndexCollisions.check(List.of(LaneLibrary.of("solo", null, null)), MismatchPolicy.DEFAULT);
        assertThat(report.collides()).isFalse();
        assertThat(report.minimumDistance()).isNull();
    }

    @Test
    void twoUnindexedLibrariesAreRefused() {
        String message = Violations.refused(
                () -> IndexCollisions.check(
                        List.of(LaneLibrary.of("a", null, null), LaneLibrary.of("b", null, null)),
                        MismatchPolicy.DEFAULT),
                "IDX-2",
                422);
        assertThat(message).contains("2 unindexed libraries (a, b)");
    }

    @Test
    void anUnindexedLibraryBesideAnIndexedOneIsRefused() {
        String message = Violations.refused(
                () -> IndexCollisions.check(
                        List.of(LaneLibrary.of("plain", null, null), LaneLibrary.of("indexed", "ACGTACGT", null)),
                        MismatchPolicy.DEFAULT),
                "IDX-2",
                422);
        assertThat(message).contains("plain").contains("alone");
    }

    @Test
    void anI5WithoutAnI7IsRefused() {
        Violations.refused(() -> LaneLibrary.of("odd", null, "ACGTACGT"), "LB-1", 422);
    }

    @Test
    void noCatalogueIndexFitsALaneHoldingAnUnindexedLibrary() {
        assertThat(IndexCollisions.fitsIn(
                        List.of(LaneLibrary.of("plain", null, null)),
                        LaneLibrary.of("new", "ACGTACGT", null),
                        MismatchPolicy.DEFAULT))
                .isFalse();
    }
}
