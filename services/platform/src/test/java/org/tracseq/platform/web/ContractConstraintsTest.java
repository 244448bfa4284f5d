package org.tracseq.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracseq.contract.demo.model.Amount;
import org.tracseq.contract.demo.model.Row;
import org.tracseq.contract.demo.model.Sheet;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.ValidationProblem;

class ContractConstraintsTest {
    private final ContractConstraints constraints =
            new ContractConstraints(Validation.buildDefaultValidatorFactory().getValidator());

    private List<FieldError> errors(Object body) {
        return constraints.violations(body).stream()
                .map(ContractConstraints.Broken::error)
                .toList();
    }

    @Test
    void aValidBodyBreaksNothing() {
        assertThat(errors(new Sheet(List.of(new Row("tube", "ABC", new Amount(BigDecimal.ONE, "ul"))))))
                .isEmpty();
    }

    @Test
    void everyBrokenConstraintIsReportedByRowThenInFieldOrderWithTheRuleOfItsSchemaOrProperty() {
        Sheet sheet = new Sheet(List.of(
                new Row("ok", null, null),
                new Row("", "abc", " \t", new Amount(BigDecimal.ONE, null)),
                new Row("too long", null, new Amount(new BigDecimal("-1"), "ul"))));

        assertThat(errors(sheet))
                .containsExactly(
                        new FieldError("rows[1].name", "must not be empty"),
                        new FieldError("rows[1].code", "DM-2: must match ^[A-Z]{3}$"),
                        new FieldError("rows[1].label", "must not be blank"),
                        new FieldError("rows[1].amount.unit", "DM-1: is required"),
                        new FieldError("rows[2].name", "must be at most 5 characters"),
                        new FieldError("rows[2].amount.value", "DM-1: must be at least 0"));
    }

    @Test
    void listsAreCountedInItems() {
        Row row = new Row("a", null, null);
        assertThat(errors(new Sheet(List.of(row, row, row, row))))
                .containsExactly(new FieldError("rows", "must have at most 3 items"));
        assertThat(errors(new Sheet(List.of()))).containsExactly(new FieldError("rows", "must not be empty"));
    }

    @Test
    void aRefusalCarriesTheRuleItsErrorsAllState() {
        Sheet sheet = new Sheet(List.of(new Row("a", null, new Amount(new BigDecimal("-2"), "ul"))));
        assertThatThrownBy(() -> constraints.check(sheet)).isInstanceOfSatisfying(ValidationProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.rule()).isEqualTo("DM-1");
            assertThat(problem.errors()).extracting(FieldError::field).containsExactly("rows[0].amount.value");
        });
    }

    @Test
    void aRefusalOfPlainFieldsNamesNoRule() {
        assertThatThrownBy(() -> constraints.check(new Sheet(null)))
                .isInstanceOfSatisfying(ValidationProblem.class, problem -> {
                    assertThat(problem.rule()).isNull();
                    assertThat(problem.getMessage()).isEqualTo("rows: is required");
                });
    }
}
