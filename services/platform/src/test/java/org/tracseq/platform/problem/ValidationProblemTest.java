package org.tracseq.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationProblemTest {
    @Test
    void collectsEveryFieldErrorIntoOneProblem() {
        var collector = ValidationProblem.collector()
                .require(null, "name")
                .require("  ", "type")
                .check(false, "volume", "must be 0 or more")
                .require("ok", "barcode");
        assertThatThrownBy(collector::throwIfAny).isInstanceOfSatisfying(ValidationProblem.class, problem -> {
            Problem document = problem.toProblem("/samples");
            assertThat(document.getStatus()).isEqualTo(400);
            assertThat(document.getDetail()).isEqualTo("3 fields are invalid");
            assertThat(document.getErrors())
                    .containsExactly(
                            new FieldError("name", "is required"),
                            new FieldError("type", "is required"),
                            new FieldError("volume", "must be 0 or more"));
        });
    }

    @Test
    void ruleViolationsNameTheirRule() {
        Problem problem = RuleViolation.conflict("SM-STATUS", "pending cannot become archived")
                .toProblem("/x");
        assertThat(problem.getRule()).isEqualTo("SM-STATUS");
        assertThat(problem.getType()).isEqualTo("https://tracseq.org/problems/rule/SM-STATUS");
        assertThat(problem.getStatus()).isEqualTo(409);
    }
}
