package org.tracseq.platform.problem;

import java.util.ArrayList;
import java.util.List;

/** A 400 listing every invalid field at once, so a user fixes a form in one round trip. */
public class ValidationProblem extends ProblemException {

    public ValidationProblem(List<FieldError> errors) {
        this(errors, null);
    }

    /** With the DOMAIN.md rule every one of the errors comes from, when there is a single one. */
    public ValidationProblem(List<FieldError> errors, String ruleId) {
        super(400, "validation", "Validation failed", summary(errors), ruleId, errors);
    }

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
    }

    /** Collects field errors; {@link #throwIfAny()} raises them together. */
    public static final class Collector {
        private final List<FieldError> errors = new ArrayList<>();

        public Collector check(boolean ok, String field, String message) {
            if (!ok) {
                errors.add(new FieldError(field, message));
            }
            return this;
        }

        public Collector require(Object value, String field) {
            return check(value != null && !(value instanceof String s && s.isBlank()), field, "is required");
        }

        public Collector add(String field, String message) {
            errors.add(new FieldError(field, message));
            return this;
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public List<FieldError> errors() {
            return List.copyOf(errors);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationProblem(errors);
            }
        }
    }

    public static Collector collector() {
        return new Collector();
    }
}
