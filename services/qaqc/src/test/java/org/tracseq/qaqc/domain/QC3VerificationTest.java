package org.tracseq.qaqc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.problem.RuleViolation;

/** QC-3: N verifications (1-4), each by someone else than the measurer and each other; then final. */
class QC3VerificationTest {
    @Test
    void anotherPersonVerifies() {
        assertThatCode(() -> Verifications.check("ana", 1, List.of(), "ben")).doesNotThrowAnyException();
        assertThat(Verifications.complete(1, 1)).isTrue();
        assertThat(Verifications.complete(0, 1)).isFalse();
    }

    @Test
    void theMeasurerCannotVerify() {
        assertRefused(() -> Verifications.check("ana", 1, List.of(), "ana"), "You measured this result");
        assertRefused(() -> Verifications.check("ana", 3, List.of("ben"), "ana"), "You measured this result");
    }

    @Test
    void nVerificationsNeedNDifferentPeople() {
        assertThatCode(() -> Verifications.check("ana", 3, List.of("ben", "cleo"), "dev"))
                .doesNotThrowAnyException();
        assertRefused(() -> Verifications.check("ana", 3, List.of("ben"), "ben"), "You verified this result already");
        assertThat(Verifications.complete(2, 3)).isFalse();
        assertThat(Verifications.complete(3, 3)).isTrue();
    }

    @Test
    void aVerifiedResultIsFinal() {
        assertRefused(() -> Verifications.check("ana", 1, List.of("ben"), "cleo"), "is final");
        assertRefused(
                () -> Verifications.check("ana", 4, List.of("b", "c", "d", "e"), "f"), "all 4 of its verifications");
    }

    private static void assertRefused(Runnable check, String detail) {
        assertThatThrownBy(check::run)
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("QC-3");
                    assertThat(e.status()).isEqualTo(409);
                })
                .hasMessageContaining(detail);
    }
}
