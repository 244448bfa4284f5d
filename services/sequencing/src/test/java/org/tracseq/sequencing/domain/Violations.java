package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.tracseq.platform.problem.RuleViolation;

/** Asserts that a call is refused with a given rule and status, and returns the refusal's text. */
final class Violations {
    private Violations() {}

    static String refused(ThrowingCallable call, String rule, int status) {
        StringBuilder message = new StringBuilder();
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.rule()).isEqualTo(rule);
            assertThat(violation.status()).isEqualTo(status);
            message.append(violation.getMessage());
        });
        return message.toString();
    }
}
