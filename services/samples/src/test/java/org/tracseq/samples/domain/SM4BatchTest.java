package org.tracseq.samples.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracseq.contract.samples.model.SampleBatchCreate;
import org.tracseq.contract.samples.model.SampleCreate;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.platform.testing.ContractChecks;

/** SM-4: batch intake reviews every row, reports every problem, and is all-or-nothing by default. */
class SM4BatchTest {

    private static SampleDraft row(String name, String barcode) {
        return new SampleDraft(name, SampleType.DNA, barcode, null, Volume.of("10", VolumeUnit.UL), null, null, null);
    }

    @Test
    void aCleanBatchHasNoProblems() {
        BatchIntake intake = BatchIntake.review(List.of(row("a", "BATCH-0001"), row("b", null)), Map.of());
        assertThat(intake.hasProblems()).isFalse();
        assertThat(intake.rowsNeedingBarcodes()).isEqualTo(Map.of(SampleType.DNA, List.of(1)));
    }

    /** What the contract's constraints found in a row that has no name, type or valid barcode. */
    private static Violations contractProblems() {
        return new Violations()
                .field("name", "must not be empty")
                .field("type", "is required")
                .rule("SM-3", "barcode", "must match ^[A-Z0-9-]{8,50}$");
    }

    @Test
    void everyProblemOfEveryRowIsReportedWithItsRow() {
        SampleDraft twoProblems = new SampleDraft("", null, "bad barcode", null, null, null, null, null);
        Violations readProblem = new Violations().rule("SM-1", "initialVolume.value", "must be at least 0");
        BatchIntake intake = BatchIntake.review(
                List.of(row("fine", null), twoProblems, row("third", null)),
                Map.of(1, contractProblems(), 2, readProblem));

        assertThat(intake.rejectedRows()).containsExactly(1, 2);
        assertThat(intake.problemsOf(1)).extracting(FieldError::field).containsExactly("name", "type", "barcode");
        RuleViolation rejection = intake.rejection();
        assertThat(rejection.status()).isEqualTo(422);
        assertThat(rejection.rule()).isEqualTo("SM-4");
        assertThat(rejection.errors())
                .extracting(FieldError::field)
                .containsExactly(
                        "samples[1].name", "samples[1].type", "samples[1].barcode", "samples[2].initialVolume.value");
        assertThat(rejection.getMessage()).contains("2 of 3 rows");
    }

    @Test
    void aBarcodeRepeatedInsideTheBatchIsReportedOnTheRepeat() {
        BatchIntake intake = BatchIntake.review(List.of(row("a", "DUPL-0001"), row("b", "DUPL-0001")), Map.of());
        assertThat(intake.rejectedRows()).containsExactly(1);
        assertThat(intake.problemsOf(1))
                .extracting(FieldError::message)
                .containsExactly("SM-3: is also given to row 0; barcodes are unique");
    }

    @Test
    void barcodesAlreadyRegisteredAreAddedToTheRowsOtherProblems() {
        SampleDraft taken = new SampleDraft("", SampleType.RNA, "TAKEN-0001", null, null, null, null, null);
        BatchIntake intake = BatchIntake.review(
                List.of(row("a", "FREE-00001"), taken), Map.of(1, new Violations().field("name", "must not be empty")));
        intake.markTaken(Set.of("TAKEN-0001"));
        assertThat(intake.rejectedRows()).containsExactly(1);
        assertThat(intake.problemsOf(1)).extracting(FieldError::field).containsExactly("name", "barcode");
        assertThat(intake.isValid(0)).isTrue();
    }

    @Test
    void issuedBarcodesFillTheRowsThatNeededThem() {
        BatchIntake intake = BatchIntake.review(
                List.of(row("a", null), row("", null)), Map.of(1, new Violations().field("name", "must not be empty")));
        assertThat(intake.rowsNeedingBarcodes()).isEqualTo(Map.of(SampleType.DNA, List.of(0)));
        BatchIntake filled = intake.withBarcodes(Map.of(0, "TS-DNA-20261128-000001-7"));
        assertThat(filled.rows().get(0).barcode()).isEqualTo("TS-DNA-20261128-000001-7");
        assertThat(filled.rejectedRows()).containsExactly(1);
        assertThat(filled.quantities(0).initial()).isEqualTo(Volume.of("10", VolumeUnit.UL));
    }

    @Test
    void aThousandRowsAreAcceptedAndOneMoreIsRefusedByTheContract() {
        SampleCreate row = new SampleCreate().name("x").type(org.tracseq.contract.samples.model.SampleType.DNA);
        List<SampleCreate> thousand = new ArrayList<>(Collections.nCopies(1000, row));
        assertThat(ContractChecks.errors(new SampleBatchCreate().samples(thousand)))
                .isEmpty();
        thousand.add(row);
        assertThat(ContractChecks.errors(new SampleBatchCreate().samples(thousand)))
                .containsExactly(new FieldError("samples", "SM-4: must have at most 1000 items"));
    }

    @Test
    void anEmptyBatchIsRefusedByTheContract() {
        assertThat(ContractChecks.errors(new SampleBatchCreate().samples(List.of())))
                .containsExactly(new FieldError("samples", "SM-4: must not be empty"));
    }
}
