package org.tracseq.samples.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.problem.FieldError;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.platform.problem.ValidationProblem;

/** PATCH as a JSON merge patch: keep, clear, set; metadata merged key by key; the result obeys SM-1. */
class SampleEditTest {
    private final Sample current = new Sample(
            UUID.randomUUID(),
            "TS-EDIT-0001",
            "Liver biopsy",
            SampleType.TISSUE,
            SampleStatus.PENDING,
            "first cut",
            new Quantities(Volume.of("100", VolumeUnit.UL), Volume.of("80", VolumeUnit.UL), null),
            Map.of("donor", "D-17", "site", "left lobe"),
            OffsetDateTime.now(),
            OffsetDateTime.now(),
            "anonymous");

    private static SampleChanges changes(
            Patch<String> name,
            Patch<String> description,
            Patch<Volume> initial,
            Patch<Volume> available,
            Patch<Map<String, Object>> metadata) {
        return new SampleChanges(name, Patch.keep(), description, initial, available, Patch.keep(), metadata);
    }

    @Test
    void leftOutMembersKeepTheirValueAndNothingIsReportedChanged() {
        SampleEdit edit = SampleEdit.apply(
                current, changes(Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep()), false, false);
        assertThat(edit.changes()).isEmpty();
        assertThat(edit.name()).isEqualTo("Liver biopsy");
    }

    @Test
    void nullClearsAndValuesSetEachChangeRecorded() {
        SampleEdit edit = SampleEdit.apply(
                current,
                changes(Patch.set("Liver biopsy 2"), Patch.clear(), Patch.keep(), Patch.keep(), Patch.keep()),
                false,
                false);
        assertThat(edit.description()).isNull();
        assertThat(edit.changes()).extracting(SampleEdit.FieldChange::field).containsExactly("name", "description");
        assertThat(edit.changes().get(1).oldValue()).isEqualTo("first cut");
    }

    @Test
    void metadataIsMergedKeyByKey() {
        Map<String, Object> patch = new HashMap<>();
        patch.put("site", null);
        patch.put("fixative", "FFPE");
        SampleEdit edit = SampleEdit.apply(
                current,
                changes(Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.set(patch)),
                false,
                false);
        assertThat(edit.metadata()).isEqualTo(Map.of("donor", "D-17", "fixative", "FFPE"));
    }

    @Test
    void removingEveryMetadataKeyLeavesNoMetadata() {
        Map<String, Object> patch = new HashMap<>();
        patch.put("site", null);
        patch.put("donor", null);
        SampleEdit edit = SampleEdit.apply(
                current,
                changes(Patch.keep(), Patch.keep(), Patch.keep(), Patch.keep(), Patch.set(patch)),
                false,
                false);
        assertThat(edit.metadata()).isNull();
    }

    @Test
    void theNameCannotBeClearedAndAvailableCannotExceedInitial() {
        assertThatThrownBy(() -> SampleEdit.apply(
                        current,
                        changes(
                                Patch.clear(),
                                Patch.keep(),
                                Patch.set(Volume.of("50", VolumeUnit.UL)),
                                Patch.keep(),
                                Patch.keep()),
                        false,
                        false))
                .isInstanceOfSatisfying(
                        ValidationProblem.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("name", "availableVolume"));
    }

    @Test
    void aFirstVolumeIsAllAvailable() {
        Sample noVolume = new Sample(
                current.id(),
                current.barcode(),
                current.name(),
                current.type(),
                current.status(),
                null,
                Quantities.NONE,
                null,
                current.createdAt(),
                current.updatedAt(),
                "x");
        SampleEdit edit = SampleEdit.apply(
                noVolume,
                changes(
                        Patch.keep(),
                        Patch.keep(),
                        Patch.set(new Volume(new BigDecimal("2"), VolumeUnit.ML)),
                        Patch.keep(),
                        Patch.keep()),
                false,
                false);
        assertThat(edit.quantities().available()).isEqualTo(Volume.of("2", VolumeUnit.ML));
    }

    @Test
    void theTypeCannotChangeOnceTheSampleHasLineage() {
        SampleChanges retype = new SampleChanges(
                Patch.keep(),
                Patch.set(SampleType.DNA),
                Patch.keep(),
                Patch.keep(),
                Patch.keep(),
                Patch.keep(),
                Patch.keep());
        assertThatThrownBy(() -> SampleEdit.apply(current, retype, false, true))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("SM-2"));
        assertThat(SampleEdit.apply(current, retype, false, false).type()).isEqualTo(SampleType.DNA);
    }

    @Test
    void SM5_theTypeIsFixedOnceTheSampleWasValidated() {
        SampleChanges retype = new SampleChanges(
                Patch.keep(),
                Patch.set(SampleType.RNA),
                Patch.keep(),
                Patch.keep(),
                Patch.keep(),
                Patch.keep(),
                Patch.keep());
        assertThatThrownBy(() -> SampleEdit.apply(current, retype, true, false))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("SM-5");
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("register it again");
                });
        SampleChanges sameType = new SampleChanges(
                Patch.keep(),
                Patch.set(SampleType.TISSUE),
                Patch.set("recut"),
                Patch.keep(),
                Patch.keep(),
                Patch.keep(),
                Patch.keep());
        assertThat(SampleEdit.apply(current, sameType, true, false).description())
                .isEqualTo("recut");
        assertThat(SampleEdit.apply(current, retype, false, false).type()).isEqualTo(SampleType.RNA);
    }
}
