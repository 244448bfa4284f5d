package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.sequencing.domain.Violations.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracseq.sequencing.domain.PoolQc.Standing;
import org.tracseq.sequencing.domain.RunQc.PoolStanding;

/**
 * QC-4 before a run goes past validated: a pool whose own QC failed holds the run at the move to
 * queued unless a principal investigator overrides with a reason; a pending pool does not; an
 * override nothing needs is refused rather than recorded.
 */
class QC4RunPoolGateTest {
    private static final PoolStanding PASSED = new PoolStanding("Pool A", Standing.PASS, List.of());
    private static final PoolStanding PENDING =
            new PoolStanding("Pool B", Standing.PENDING, List.of("pool: no QC result yet"));
    private static final PoolStanding FAILED =
            new PoolStanding("Pool C", Standing.FAIL, List.of("pool: molarity fail"));

    @Test
    void onlyTheMoveToQueuedIsChecked() {
        assertThat(RunQc.checked(SequencingStatus.QUEUED)).isTrue();
        for (SequencingStatus other : List.of(
                SequencingStatus.SUBMITTED,
                SequencingStatus.VALIDATED,
                SequencingStatus.RUNNING,
                SequencingStatus.ON_HOLD,
                SequencingStatus.CANCELLED)) {
            assertThat(RunQc.checked(other)).as(other.wireName()).isFalse();
            assertThat(RunQc.check(other, List.of(FAILED), null, false)).isFalse();
        }
    }

    @Test
    void passingAndPendingPoolsAreQueuedWithoutAnOverride() {
        assertThat(RunQc.check(SequencingStatus.QUEUED, List.of(PASSED, PENDING), null, false))
                .isFalse();
    }

    @Test
    void aPoolThatFailedItsOwnQcHoldsTheRunNamingItAndWhy() {
        String why =
                refused(() -> RunQc.check(SequencingStatus.QUEUED, List.of(PASSED, FAILED), null, true), "QC-4", 422);
        assertThat(why).contains("Pool C: pool: molarity fail").doesNotContain("Pool A");
        assertThat(why).contains("principal investigator");
    }

    @Test
    void aPrincipalInvestigatorsReasonOverridesIt() {
        assertThat(RunQc.check(SequencingStatus.QUEUED, List.of(FAILED), "the flow cell is thawed; run at risk", true))
                .isTrue();
    }

    @Test
    void someoneElsesOverrideIsForbidden() {
        refused(() -> RunQc.check(SequencingStatus.QUEUED, List.of(FAILED), "please", false), "QC-4", 403);
    }

    @Test
    void anOverrideWithNothingToOverrideIsRefused() {
        refused(
                () -> RunQc.check(SequencingStatus.QUEUED, List.of(PASSED, PENDING), "just in case", true),
                "QC-4",
                422);
        refused(() -> RunQc.check(SequencingStatus.SUBMITTED, List.of(FAILED), "early", true), "QC-4", 422);
    }
}
