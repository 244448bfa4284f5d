package org.tracseq.samples.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tracseq.contract.samples.model.ChildBatchCreate;
import org.tracseq.contract.samples.model.ChildCreate;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.platform.testing.ContractChecks;

/**
 * SM-1 (and SM-2, SM-4) for children made in one batch: the volume the rows take from one parent is
 * counted together, a parent must give material, an aliquot keeps its parent's type, and every
 * problem of every row is reported at once.
 */
class SM1ChildBatchTest {
    private final Sample dna = parent(SampleType.DNA, SampleStatus.IN_STORAGE, "100");
    private final Sample rna = parent(SampleType.RNA, SampleStatus.VALIDATED, "30");

    private static Sample parent(SampleType type, SampleStatus status, String availableUl) {
        Volume available = Volume.of(availableUl, VolumeUnit.UL);
        return new Sample(
                UUID.randomUUID(),
                "TS-" + type.wireValue().toUpperCase() + "-1",
                "source " + type.wireValue(),
                type,
                status,
                null,
                new Quantities(Volume.of("200", VolumeUnit.UL), available, null),
                null,
                OffsetDateTime.now(),
                OffsetDateTime.now(),
                "anonymous");
    }

    private static ChildBatch.Row derived(Sample parent, String value, VolumeUnit unit) {
        return new ChildBatch.Row(
                parent.id(),
                new ChildDraft(
                        LineageRelation.DERIVED,
                        Volume.of(value, unit),
                        "library",
                        SampleType.OTHER,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    private ChildBatch review(ChildBatch.Row... rows) {
        return ChildBatch.review(List.of(rows), Map.of(), Map.of(dna.id(), dna, rna.id(), rna));
    }

    private static List<FieldError> errorsOf(ChildBatch batch) {
        return batch.rejection().errors();
    }

    @Test
    void SM1_rowsMayTakeTogetherExactlyWhatTheParentHas() {
        ChildBatch batch = review(
                derived(dna, "50", VolumeUnit.UL),
                derived(dna, "0.04", VolumeUnit.ML),
                derived(dna, "10000", VolumeUnit.NL),
                derived(rna, "30", VolumeUnit.UL));

        assertThat(batch.hasProblems()).isFalse();
    }

    @Test
    void SM1_twoRowsOverdrawingOneParentRefuseTheRowThatGoesOver() {
        ChildBatch batch = review(derived(dna, "60", VolumeUnit.UL), derived(dna, "40.001", VolumeUnit.UL));

        assertThat(batch.hasProblems()).isTrue();
        RuleViolation refusal = batch.rejection();
        assertThat(refusal.rule()).isEqualTo("SM-1");
        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("children[1].volume");
            assertThat(error.message())
                    .startsWith("SM-1: ")
                    .contains("only 40 ul")
                    .contains("after the earlier rows taking from it");
        });
    }

    @Test
    void SM1_eachParentIsCountedOnItsOwn() {
        ChildBatch batch = review(
                derived(dna, "100", VolumeUnit.UL),
                derived(rna, "30", VolumeUnit.UL),
                derived(rna, "1", VolumeUnit.UL));

        assertThat(errorsOf(batch)).extracting(FieldError::field).containsExactly("children[2].volume");
    }

    @Test
    void SM1_aRefusedRowTakesNothingSoTheRowsAfterItAreJudgedOnWhatIsLeft() {
        ChildBatch batch = review(
                derived(dna, "150", VolumeUnit.UL),
                derived(dna, "60", VolumeUnit.UL),
                derived(dna, "40", VolumeUnit.UL));

        assertThat(errorsOf(batch)).extracting(FieldError::field).containsExactly("children[0].volume");
        assertThat(errorsOf(batch).get(0).message()).doesNotContain("earlier rows");
    }

    @Test
    void SM1_aParentThatIsNotUsableStockGivesNothing() {
        Sample received = parent(SampleType.DNA, SampleStatus.PENDING, "100");
        ChildBatch batch = ChildBatch.review(
                List.of(derived(received, "1", VolumeUnit.UL)), Map.of(), Map.of(received.id(), received));

        RuleViolation refusal = batch.rejection();
        assertThat(refusal.rule()).isEqualTo("SM-1");
        assertThat(refusal.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("children[0].parentId");
            assertThat(error.message()).contains("pending");
        });
    }

    @Test
    void SM1_aParentWithoutRecordedVolumeGivesNoVolume() {
        Sample unmeasured = new Sample(
                UUID.randomUUID(),
                "TS-DNA-2",
                "unmeasured",
                SampleType.DNA,
                SampleStatus.VALIDATED,
                null,
                new Quantities(null, null, null),
                null,
                OffsetDateTime.now(),
                OffsetDateTime.now(),
                "anonymous");
        ChildBatch batch = ChildBatch.review(
                List.of(derived(unmeasured, "1", VolumeUnit.UL)), Map.of(), Map.of(unmeasured.id(), unmeasured));

        assertThat(errorsOf(batch))
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains("no recorded volume"));
    }

    @Test
    void SM1_anAliquotRowNeedsAVolume() {
        ChildBatch batch = review(new ChildBatch.Row(
                dna.id(), new ChildDraft(LineageRelation.ALIQUOT, null, null, null, null, null, null, null, null)));

        assertThat(batch.rejection().rule()).isEqualTo("SM-1");
        assertThat(errorsOf(batch)).extracting(FieldError::field).containsExactly("children[0].volume");
    }

    @Test
    void SM2_anAliquotRowKeepsItsParentsType() {
        ChildBatch.Row rnaAliquotOfDna = new ChildBatch.Row(
                dna.id(),
                new ChildDraft(
                        LineageRelation.ALIQUOT,
                        Volume.of("1", VolumeUnit.UL),
                        null,
                        SampleType.RNA,
                        null,
                        null,
                        null,
                        null,
                        null));

        RuleViolation refusal = review(rnaAliquotOfDna).rejection();
        assertThat(refusal.rule()).isEqualTo("SM-2");
        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("children[0].type");
    }

    @Test
    void SM4_everyProblemOfEveryRowIsReportedAndSeveralRulesNameTheBatchRule() {
        Sample received = parent(SampleType.DNA, SampleStatus.PENDING, "100");
        UUID unknown = UUID.randomUUID();
        ChildBatch batch = ChildBatch.review(
                List.of(
                        new ChildBatch.Row(
                                dna.id(),
                                new ChildDraft(
                                        LineageRelation.ALIQUOT,
                                        Volume.of("10", VolumeUnit.UL),
                                        null,
                                        SampleType.RNA,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)),
                        derived(received, "1", VolumeUnit.UL),
                        new ChildBatch.Row(
                                unknown, derived(dna, "1", VolumeUnit.UL).draft()),
                        derived(dna, "91", VolumeUnit.UL)),
                Map.of(),
                Map.of(dna.id(), dna, received.id(), received));

        RuleViolation refusal = batch.rejection();
        assertThat(refusal.rule()).isEqualTo("SM-4");
        assertThat(refusal.getMessage()).startsWith("4 of 4 rows have problems, so no child was created");
        assertThat(refusal.errors())
                .extracting(FieldError::field)
                .containsExactly(
                        "children[0].type", "children[1].parentId", "children[2].parentId", "children[3].volume");
    }

    @Test
    void SM4_problemsFoundWhileReadingARowAreKept() {
        Violations read = new Violations().field("name", "size must be between 0 and 200");
        ChildBatch batch =
                ChildBatch.review(List.of(derived(dna, "1", VolumeUnit.UL)), Map.of(0, read), Map.of(dna.id(), dna));

        assertThat(errorsOf(batch))
                .containsExactly(new FieldError("children[0].name", "size must be between 0 and 200"));
    }

    @Test
    void SM4_aRequestMakesAtMost384Children() {
        ChildCreate row = new ChildCreate().parentId(dna.id());
        List<ChildCreate> plate = new ArrayList<>(Collections.nCopies(384, row));
        assertThat(ContractChecks.errors(new ChildBatchCreate().children(plate)))
                .isEmpty();
        plate.add(row);
        assertThat(ContractChecks.errors(new ChildBatchCreate().children(plate)))
                .containsExactly(new FieldError("children", "SM-4: must have at most 384 items"));
        assertThat(ContractChecks.errors(new ChildBatchCreate().children(List.of())))
                .extracting(FieldError::field)
                .containsExactly("children");
    }

    @Test
    void SM1_aRowsVolumeIsZeroOrMore() {
        ChildCreate row = new ChildCreate()
                .parentId(UUID.randomUUID())
                .volume(new org.tracseq.contract.samples.model.Volume()
                        .value(new BigDecimal("-1"))
                        .unit(org.tracseq.contract.samples.model.VolumeUnit.UL));
        assertThat(ContractChecks.errors(new ChildBatchCreate().children(List.of(row))))
                .extracting(FieldError::field)
                .containsExactly("children[0].volume.value");
    }

    private ChildBatch.Row labelled(String barcode) {
        return new ChildBatch.Row(
                dna.id(), derived(dna, "1", VolumeUnit.UL).draft().withBarcode(barcode));
    }

    @Test
    void SM3_aBarcodeGivenToTwoRowsOrAlreadyTakenIsRefusedAndBC2UnclaimableLabelsToo() {
        ChildBatch batch = review(
                labelled("OWN-LABEL-1"),
                labelled("OWN-LABEL-1"),
                labelled("TAKEN-LABEL-1"),
                labelled("TS-DNA-20261128-000001-7"),
                derived(dna, "1", VolumeUnit.UL));
        batch.markBarcodes(Set.of("TAKEN-LABEL-1"), Map.of("TS-DNA-20261128-000001-7", "was issued, not reserved"));

        assertThat(batch.ownBarcodes()).containsExactly("OWN-LABEL-1", "TAKEN-LABEL-1", "TS-DNA-20261128-000001-7");
        assertThat(errorsOf(batch))
                .containsExactly(
                        new FieldError("children[1].barcode", "SM-3: is also given to row 0; barcodes are unique"),
                        new FieldError("children[2].barcode", "SM-3: belongs to another sample already"),
                        new FieldError("children[3].barcode", "BC-2: was issued, not reserved"));
        assertThat(batch.rowsNeedingBarcodes(Map.of(dna.id(), dna)))
                .containsExactly(Map.entry(SampleType.OTHER, List.of(4)));
    }
}
