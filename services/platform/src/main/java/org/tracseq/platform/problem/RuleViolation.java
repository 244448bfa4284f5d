package org.tracseq.platform.problem;

import java.util.List;

/**
 * A request that breaks a lab rule from DOMAIN.md. The rule id travels in the problem's
 * {@code rule} field and type URI; the detail says what to do instead. 409 when the rule is about
 * the current state (a transition, a duplicate), 422 when the request itself can never be valid.
 */
public class RuleViolation extends ProblemException {

    public RuleViolation(String ruleId, int status, String detail) {
        this(ruleId, status, detail, List.of());
    }

    /** With field-level errors, e.g. every problem of every row of a refused batch. */
    public RuleViolation(String ruleId, int status, String detail, List<FieldError> errors) {
        super(status, "rule/" + ruleId, "Rule " + ruleId + " violated", detail, ruleId, errors);
    }

    public static RuleViolation conflict(String ruleId, String detail) {
        return new RuleViolation(ruleId, 409, detail);
    }

    public static RuleViolation unprocessable(String ruleId, String detail) {
        return new RuleViolation(ruleId, 422, detail);
    }
}
