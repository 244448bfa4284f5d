package org.tracseq.samples.domain;

import org.tracseq.platform.problem.ProblemException;

/**
 * A 400 listing every invalid field. Like the platform's validation problem, plus the rule id when
 * all the problems come from one DOMAIN.md rule.
 */
public class InvalidRequest extends ProblemException {

    InvalidRequest(Violations violations) {
        super(400, "validation", "Validation failed", summary(violations), violations.singleRuleOrNull(),
                violations.errors());
    }

    private static String summary(Violations violations) {
        var errors = violations.errors();
        return errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
    }
}
