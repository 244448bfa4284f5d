package org.tracseq.qaqc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QC-4 for a pool's own QC: judged on the pool's own current results (its libraries were judged
 * when it was made): fail if any failed, pass if it has results and all passed verified, else pending.
 */
class QC4PoolOwnQcTest {
    @Test
    void aPoolWhoseOwnQcFailedFails_verifiedOrNot() {
        Standing standing = EffectiveQc.ofSubject(
                "pool",
                List.of(
                        new CurrentResult("molarity", Outcome.FAIL, false),
                        new CurrentResult("volume", Outcome.PASS, true)));
        assertThat(standing.verdict()).isEqualTo(Standing.Verdict.FAIL);
        assertThat(standing.reasons()).containsExactly("pool: molarity fail");
    }

    @Test
    void aPoolPassesWhenAllItsResultsPassedWithTheirVerifications() {
        Standing standing = EffectiveQc.ofSubject(
                "pool",
                List.of(
                        new CurrentResult("molarity", Outcome.PASS, true),
                        new CurrentResult("volume", Outcome.WARN, true)));
        assertThat(standing.verdict()).isEqualTo(Standing.Verdict.PASS);
        assertThat(standing.reasons()).isEmpty();
    }

    @Test
    void aPoolWithoutResultsOrWithAnUnverifiedOneIsPending() {
        Standing none = EffectiveQc.ofSubject("pool", List.of());
        assertThat(none.verdict()).isEqualTo(Standing.Verdict.PENDING);
        assertThat(none.reasons()).containsExactly("pool: no QC result yet");
        Standing unverified =
                EffectiveQc.ofSubject("pool", List.of(new CurrentResult("molarity", Outcome.PASS, false)));
        assertThat(unverified.verdict()).isEqualTo(Standing.Verdict.PENDING);
        assertThat(unverified.reasons()).containsExactly("pool: molarity pass, not yet verified");
    }

    @Test
    void aPoolIsJudgedByThePoolDefinitions() {
        assertThat(Subject.pool(java.util.UUID.randomUUID()).appliesTo()).isEqualTo("pool");
    }
}
