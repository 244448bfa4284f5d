package org.tracseq.qaqc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracseq.platform.problem.RuleViolation;

/** QC-1: pass range, warning shoulder and panic range give pass, warn, fail or panic; edges exact. */
class QC1OutcomeTest {
    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** A260/280 1.8-2.1 with a 0.1 shoulder and panic below 1.0 or above 3.0. */
    private static final Thresholds RATIO =
            new Thresholds(d("1.8"), true, d("2.1"), true, d("0.1"), d("1.0"), d("3.0"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1.8, PASS",
        "1.80, PASS",
        "1.95, PASS",
        "2.1, PASS",
        "2.100, PASS",
        "1.79999, WARN",
        "1.7, WARN",
        "2.2, WARN",
        "2.10001, WARN",
        "1.69999, FAIL",
        "2.20001, FAIL",
        "1.0, FAIL",
        "3.0, FAIL",
        "0.99999, PANIC",
        "3.00001, PANIC",
        "-1, PANIC"
    })
    void aRatioIsJudgedAtItsEdges(String value, Outcome outcome) {
        assertThat(RATIO.judge(d(value))).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "DV200 {0} -> {1}")
    @CsvSource({"30, FAIL", "30.000, FAIL", "29.9, FAIL", "30.0001, PASS", "85, PASS"})
    void anExclusiveMinimumRefusesTheEdgeItself(String value, Outcome outcome) {
        Thresholds dv200 = new Thresholds(d("30"), false, null, true, null, null, null);
        assertThat(dv200.judge(d(value))).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "RIN {0} -> {1}")
    @CsvSource({"7, PASS", "7.0, PASS", "10, PASS", "6.99, FAIL", "5, FAIL"})
    void aRangeOpenAboveHasNoMaximum(String value, Outcome outcome) {
        Thresholds rin = new Thresholds(d("7"), true, null, true, null, null, null);
        assertThat(rin.judge(d(value))).isEqualTo(outcome);
    }

    @Test
    void aShoulderOfZeroWarnsOnlyOnAnExclusiveEdge() {
        Thresholds edge = new Thresholds(d("30"), false, null, true, BigDecimal.ZERO, null, null);
        assertThat(edge.judge(d("30"))).isEqualTo(Outcome.WARN);
        assertThat(edge.judge(d("29.999"))).isEqualTo(Outcome.FAIL);
    }

    @Test
    void panicIsJudgedBeforeTheShoulder() {
        Thresholds close = new Thresholds(d("10"), true, null, true, d("5"), d("8"), null);
        assertThat(close.judge(d("8"))).isEqualTo(Outcome.WARN);
        assertThat(close.judge(d("7.99"))).isEqualTo(Outcome.PANIC);
    }

    @Test
    void contradictoryRangesAreRefusedNamingQc1() {
        assertRefused(new Thresholds(null, true, null, true, null, null, null), "needs a pass range");
        assertRefused(new Thresholds(d("2.1"), true, d("1.8"), true, null, null, null), "holds no value");
        assertRefused(new Thresholds(d("2"), true, d("2"), false, null, null, null), "holds no value");
        assertRefused(new Thresholds(d("7"), true, null, true, null, d("7.5"), null), "panicBelow must lie below");
        assertRefused(new Thresholds(null, true, d("1000"), true, null, d("1"), null), "which must then be given");
        assertRefused(new Thresholds(d("1"), true, d("2"), true, null, null, d("1.5")), "panicAbove must lie above");
        assertRefused(new Thresholds(d("1"), true, null, true, d("-0.1"), null, null), "cannot be negative");
    }

    @Test
    void aRangeOfOneValueIsAllowedWhenBothEndsAreInclusive() {
        Thresholds exact = new Thresholds(d("2"), true, d("2.0"), true, null, null, null).checked();
        assertThat(exact.judge(d("2.00"))).isEqualTo(Outcome.PASS);
        assertThat(exact.judge(d("2.01"))).isEqualTo(Outcome.FAIL);
    }

    @Test
    void everyChangeIsTheNextVersionAndKeepsItsUnit() {
        DefinitionDraft draft = new DefinitionDraft(
                "rin", "rna", "RIN", null, new Thresholds(d("8"), true, null, true, null, null, null), 2, "stricter");
        MetricDefinition first = draft.after(Optional.empty(), UUID.randomUUID(), Instant.EPOCH, "admin");
        MetricDefinition second = draft.after(Optional.of(first), UUID.randomUUID(), Instant.EPOCH, "admin");
        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.verificationsRequired()).isEqualTo(2);

        DefinitionDraft otherUnit = new DefinitionDraft(
                "rin", "rna", "score", null, new Thresholds(d("8"), true, null, true, null, null, null), 1, null);
        assertThatThrownBy(() -> otherUnit.after(Optional.of(second), UUID.randomUUID(), Instant.EPOCH, "admin"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("QC-1"))
                .hasMessageContaining("cannot change to score");
    }

    @Test
    void aResultKeepsTheVersionThatJudgedIt() {
        MetricDefinition v1 = new DefinitionDraft(
                        "rin", "rna", "RIN", null, new Thresholds(d("7"), true, null, true, null, null, null), 1, null)
                .after(Optional.empty(), UUID.randomUUID(), Instant.EPOCH, "admin");
        QcResult result = QcResult.judged(
                UUID.randomUUID(),
                Subject.sample(UUID.randomUUID(), "TS-1", "rna"),
                v1,
                d("7.5"),
                null,
                null,
                null,
                "tech",
                Instant.EPOCH);
        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.definitionId()).isEqualTo(v1.id());
        assertThat(result.definitionVersion()).isEqualTo(1);
        assertThat(result.verificationsRequired()).isEqualTo(1);
    }

    private static void assertRefused(Thresholds thresholds, String detail) {
        assertThatThrownBy(thresholds::checked)
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("QC-1");
                    assertThat(e.status()).isEqualTo(422);
                })
                .hasMessageContaining(detail);
    }
}
