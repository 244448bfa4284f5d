package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.sequencing.domain.Violations.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracseq.sequencing.domain.PoolQc.LibraryStanding;
import org.tracseq.sequencing.domain.PoolQc.Standing;

/**
 * QC-4 at pooling: a library whose effective QC failed is refused unless a principal investigator
 * overrides with a reason; pending libraries are pooled (shown as pending); an override nothing
 * needs is refused rather than recorded against passing libraries.
 */
class QC4PoolGateTest {
    private static final LibraryStanding PASSED = new LibraryStanding("LIB-1", Standing.PASS, List.of());
    private static final LibraryStanding PENDING = new LibraryStanding("LIB-2", Standing.PENDING, List.of("no QC"));
    private static final LibraryStanding FAILED =
            new LibraryStanding("LIB-3", Standing.FAIL, List.of("concentration 4.2 ng/uL below 5"));

    @Test
    void passingAndPendingLibrariesArePooledWithoutAnOverride() {
        assertThat(PoolQc.check(List.of(PASSED, PENDING), null, false)).isFalse();
    }

    @Test
    void aFailedLibraryIsRefusedNamingItAndItsReason() {
        String why = refused(() -> PoolQc.check(List.of(PASSED, FAILED), null, true), "QC-4", 422);
        assertThat(why).contains("LIB-3 (concentration 4.2 ng/uL below 5)").doesNotContain("LIB-1");
        assertThat(why).contains("principal investigator");
    }

    @Test
    void aPrincipalInvestigatorsReasonOverridesIt() {
        assertThat(PoolQc.check(List.of(PASSED, FAILED), "the only material left; sequenced at risk", true))
                .isTrue();
    }

    @Test
    void someoneElsesOverrideIsForbidden() {
        refused(() -> PoolQc.check(List.of(FAILED), "please", false), "QC-4", 403);
    }

    @Test
    void anOverrideWithNothingToOverrideIsRefused() {
        refused(() -> PoolQc.check(List.of(PASSED, PENDING), "just in case", true), "QC-4", 422);
    }
}
