package org.tracseq.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.ValidationProblem;

/**
 * The contract's constraints ({@code required}, {@code maxLength}, {@code pattern}, {@code minimum},
 * {@code maxItems}, ...), which openapi-generator writes as Bean Validation annotations on the
 * contract's models, applied to a request body: each violated one becomes a field error with its
 * JSON path and, where the contract names the lab rule it states ({@code x-rule}), that rule. The
 * limits are written once, in the YAML; no service re-codes them.
 */
@ApplicationScoped
public class ContractConstraints {
    /** The contracts' way to say "not blank" ({@code pattern}), reported in those words. */
    public static final String NOT_BLANK = "^\\s*\\S[\\s\\S]*$";

    @Inject
    Validator validator;

    protected ContractConstraints() {}

    /** With a validator of one's own, outside a container. */
    public ContractConstraints(Validator validator) {
        this.validator = validator;
    }

    /** Every constraint {@code body} breaks, in the order its fields are declared. */
    public List<Broken> violations(Object body) {
        return validator.validate(body).stream()
                .sorted(Comparator.comparing(
                        (ConstraintViolation<?> v) -> FieldOrder.of(v.getRootBeanClass(), v.getPropertyPath())))
                .map(v -> Broken.of(v, v.getPropertyPath().toString()))
                .toList();
    }

    /** Refuses {@code body} with a 400 listing every broken constraint, if it breaks any. */
    public void check(Object body) {
        List<Broken> broken = violations(body);
        if (!broken.isEmpty()) {
            throw problem(broken);
        }
    }

    /** The validation problem for {@code broken}, with their rule when they all state the same one. */
    static ValidationProblem problem(List<Broken> broken) {
        Set<String> rules = broken.stream().map(Broken::rule).collect(Collectors.toCollection(LinkedHashSet::new));
        return new ValidationProblem(
                broken.stream().map(Broken::error).toList(),
                rules.size() == 1 ? rules.iterator().next() : null);
    }

    /** A broken constraint as a field error at its JSON path, and the lab rule it states (or null). */
    public record Broken(FieldError error, String rule) {
        static Broken of(ConstraintViolation<?> violation, String field) {
            String rule = ContractRules.of(violation.getLeafBean(), leafName(violation.getPropertyPath()));
            String message = message(violation);
            return new Broken(new FieldError(field, rule == null ? message : rule + ": " + message), rule);
        }
    }

    private static String leafName(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    /** Messages in the words the services used before the contract held the limits. */
    static String message(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Object value = violation.getInvalidValue();
        if (constraint instanceof NotNull) {
            return "is required";
        }
        if (constraint instanceof Size size) {
            return sizeMessage(size, value);
        }
        if (constraint instanceof Pattern pattern) {
            return pattern.regexp().equals(NOT_BLANK) ? "must not be blank" : "must match " + pattern.regexp();
        }
        if (constraint instanceof Min min) {
            return "must be at least " + min.value();
        }
        if (constraint instanceof Max max) {
            return "must be at most " + max.value();
        }
        if (constraint instanceof DecimalMin min) {
            return (min.inclusive() ? "must be at least " : "must be more than ") + min.value();
        }
        if (constraint instanceof DecimalMax max) {
            return (max.inclusive() ? "must be at most " : "must be less than ") + max.value();
        }
        return violation.getMessage();
    }

    private static String sizeMessage(Size size, Object value) {
        if (value instanceof CharSequence text) {
            return text.length() < size.min()
                    ? (size.min() == 1 ? "must not be empty" : "must be at least " + size.min() + " characters")
                    : "must be at most " + size.max() + " characters";
        }
        int count = value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : 0;
        String unit = value instanceof Map<?, ?> ? " entries" : " items";
        return count < size.min()
                ? (size.min() == 1 ? "must not be empty" : "must have at least " + size.min() + unit)
                : "must have at most " + size.max() + unit;
    }
}
