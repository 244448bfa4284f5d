package org.tracseq.samples.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.ValidationProblem;

/**
 * Collects every problem of a request before refusing it, so a user fixes everything in one round
 * trip. A problem that breaks a DOMAIN.md rule carries the rule id in its message ({@code SM-1: ...}).
 */
public final class Violations {
    private final List<FieldError> errors = new ArrayList<>();
    private final Set<String> rules = new LinkedHashSet<>();

    /** A malformed field: missing, too long, wrong format. */
    public Violations field(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** A field that breaks a lab rule. */
    public Violations rule(String ruleId, String field, String message) {
        rules.add(ruleId);
        errors.add(new FieldError(field, ruleId + ": " + message));
        return this;
    }

    /** A problem found by another check (the contract's constraints), its message already naming its rule. */
    public Violations add(FieldError error, String ruleId) {
        if (ruleId != null) {
            rules.add(ruleId);
        }
        errors.add(error);
        return this;
    }

    /** Adds another collector's problems with their fields under {@code prefix}, e.g. {@code samples[3].}. */
    public Violations addAll(String prefix, Violations other) {
        other.errors.forEach(e -> errors.add(new FieldError(prefix + e.field(), e.message())));
        rules.addAll(other.rules);
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** The rules broken, in the order first met. */
    public Set<String> rules() {
        return Set.copyOf(rules);
    }

    String singleRuleOrNull() {
        return rules.size() == 1 ? rules.iterator().next() : null;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors(), singleRuleOrNull());
        }
    }
}
