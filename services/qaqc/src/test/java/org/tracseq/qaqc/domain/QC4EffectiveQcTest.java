package org.tracseq.qaqc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** QC-4: fail if anything upstream failed, pass if all passed (verified), else pending. */
class QC4EffectiveQcTest {
    private static CurrentResult verified(String metric, Outcome outcome) {
        return new CurrentResult(metric, outcome, true);
    }

    private static CurrentResult unverified(String metric, Outcome outcome) {
        return new CurrentResult(metric, outcome, false);
    }

    @Test
    void passWhenSampleAndLibraryPassedAndAreVerified() {
        Standing standing = EffectiveQc.ofLibrary(
                List.of(verified("concentration", Outcome.PASS), verified("a260_280", Outcome.WARN)),
                List.of(verified("molarity", Outcome.PASS)));
        assertThat(standing.verdict()).isEqualTo(Standing.Verdict.PASS);
        assertThat(standing.reasons()).isEmpty();
    }

    @Test
    void failWhenTheSampleFailedEvenIfTheLibraryPassed() {
        Standing standing = EffectiveQc.ofLibrary(
                List.of(verified("rin", Outcome.FAIL)), List.of(verified("molarity", Outcome.PASS)));
        assertThat(standing.verdict()).isEqualTo(Standing.Verdict.FAIL);
        assertThat(standing.reasons()).containsExactly("source sample: rin fail");
    }

    @Test
    void anUnverifiedFailureOrAPanicFailsAtOnce() {
        assertThat(EffectiveQc.ofLibrary(
                                List.of(verified("rin", Outcome.PASS)), List.of(unverified("molarity", Outcome.PANIC)))
                        .verdict())
                .isEqualTo(Standing.Verdict.FAIL);
        assertThat(EffectiveQc.ofSubject("sample", List.of(unverified("rin", Outcome.FAIL)))
                        .verdict())
                .isEqualTo(Standing.Verdict.FAIL);
    }

    @Test
    void pendingWhileAResultAwaitsVerificationOrASubjectHasNone() {
        Standing unverified = EffectiveQc.ofLibrary(
                List.of(verified("rin", Outcome.PASS)), List.of(unverified("molarity", Outcome.PASS)));
        assertThat(unverified.verdict()).isEqualTo(Standing.Verdict.PENDING);
        assertThat(unverified.reasons()).containsExactly("library: molarity pass, not yet verified");

        Standing noLibraryQc = EffectiveQc.ofLibrary(List.of(verified("rin", Outcome.PASS)), List.of());
        assertThat(noLibraryQc.verdict()).isEqualTo(Standing.Verdict.PENDING);
        assertThat(noLibraryQc.reasons()).containsExactly("library: no QC result yet");

        assertThat(EffectiveQc.ofSubject("sample", List.of()).verdict()).isEqualTo(Standing.Verdict.PENDING);
    }

    @Test
    void aFailureOutranksPending() {
        Standing standing = EffectiveQc.ofLibrary(List.of(), List.of(verified("concentration", Outcome.FAIL)));
        assertThat(standing.verdict()).isEqualTo(Standing.Verdict.FAIL);
        assertThat(standing.reasons()).containsExactly("library: concentration fail");
    }
}
