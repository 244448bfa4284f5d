package org.tracseq.samples.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.problem.RuleViolation;

/** SM-2: lineage never forms a cycle, a sample with children cannot be deleted, types are fixed by lineage. */
class SM2LineageTest {
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final UUID d = UUID.randomUUID();

    /** a → b → c, and d → c (a pool of two sources). */
    private final Map<UUID, List<UUID>> parentsOf = Map.of(b, List.of(a), c, List.of(b, d));

    private Set<UUID> ancestorsOf(UUID sample) {
        Set<UUID> seen = new HashSet<>();
        var todo = new ArrayDeque<>(parentsOf.getOrDefault(sample, List.of()));
        while (!todo.isEmpty()) {
            UUID next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(parentsOf.getOrDefault(next, List.of()));
            }
        }
        return seen;
    }

    @Test
    void linkingADescendantAsParentOfItsAncestorIsRefused() {
        // c as parent of a: a is an ancestor of c, so a → b → c → a would be a cycle.
        assertThatThrownBy(() -> LineageRules.checkNoCycle(c, a, ancestorsOf(c)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("SM-2");
                    assertThat(e.status()).isEqualTo(409);
                })
                .hasMessageContaining("cyclic");
        assertThatThrownBy(() -> LineageRules.checkNoCycle(c, d, ancestorsOf(c)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aSampleCannotBeItsOwnParent() {
        assertThatThrownBy(() -> LineageRules.checkNoCycle(a, a, ancestorsOf(a)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void linksThatKeepTheGraphAcyclicAreAllowed() {
        assertThatCode(() -> LineageRules.checkNoCycle(a, d, ancestorsOf(a))).doesNotThrowAnyException();
        assertThatCode(() -> LineageRules.checkNoCycle(d, b, ancestorsOf(d))).doesNotThrowAnyException();
    }

    @Test
    void aSampleWithChildrenCannotBeDeleted() {
        assertThatThrownBy(() -> LineageRules.checkDeletable(1))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("SM-2"))
                .hasMessageContaining("archive it");
        assertThatCode(() -> LineageRules.checkDeletable(0)).doesNotThrowAnyException();
    }

    @Test
    void theTypeIsFixedOnceThereIsLineage() {
        assertThatThrownBy(() -> LineageRules.checkTypeChangeable(true))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("SM-2"));
        assertThatCode(() -> LineageRules.checkTypeChangeable(false)).doesNotThrowAnyException();
    }

    @Test
    void aLinkWithoutMaterialNeedsAParentThatIsNotGone() {
        for (SampleStatus gone : List.of(SampleStatus.DELETED, SampleStatus.DISCARDED, SampleStatus.ARCHIVED)) {
            assertThatThrownBy(() -> LineageRules.checkParentLinkable(gone)).isInstanceOf(RuleViolation.class);
        }
        assertThatCode(() -> LineageRules.checkParentLinkable(SampleStatus.PENDING))
                .doesNotThrowAnyException();
    }

    @Test
    void anAliquotKeepsItsParentsType() {
        assertThatThrownBy(() -> LineageRules.checkChildType(LineageRelation.ALIQUOT, SampleType.DNA, SampleType.RNA))
                .isInstanceOf(RuleViolation.class);
        assertThatCode(() -> LineageRules.checkChildType(LineageRelation.DERIVED, SampleType.TISSUE, SampleType.DNA))
                .doesNotThrowAnyException();
    }

    @Test
    void anAliquotDraftInheritsTypeNameAndConcentrationAndTakesItsVolume() {
        Concentration parentConcentration = new Concentration(new BigDecimal("12.5"), ConcentrationUnit.NG_PER_UL);
        Sample parent = new Sample(
                a,
                "TS-PARENT-1",
                "Patient 7 blood",
                SampleType.BLOOD,
                SampleStatus.VALIDATED,
                null,
                new Quantities(Volume.of("5", VolumeUnit.ML), Volume.of("5", VolumeUnit.ML), parentConcentration),
                null,
                OffsetDateTime.now(),
                OffsetDateTime.now(),
                "anonymous");
        ChildDraft aliquot = new ChildDraft(
                LineageRelation.ALIQUOT, Volume.of("100", VolumeUnit.UL), null, null, null, null, null, null, null);
        Violations violations = new Violations();
        aliquot.check(violations);
        assertThat(violations.isEmpty()).isTrue();

        SampleDraft child = aliquot.toSampleDraft(parent);
        assertThat(child.type()).isEqualTo(SampleType.BLOOD);
        assertThat(child.name()).isEqualTo("Patient 7 blood");
        assertThat(child.initialVolume()).isEqualTo(Volume.of("100", VolumeUnit.UL));
        assertThat(child.concentration()).isEqualTo(parentConcentration);
    }

    @Test
    void anAliquotDraftWithItsOwnInitialVolumeIsRefused() {
        ChildDraft aliquot = new ChildDraft(
                LineageRelation.ALIQUOT,
                Volume.of("1", VolumeUnit.UL),
                null,
                null,
                null,
                null,
                Volume.of("1", VolumeUnit.UL),
                null,
                null);
        Violations violations = new Violations();
        aliquot.check(violations);
        assertThat(violations.errors()).extracting(e -> e.field()).containsExactly("initialVolume");
    }
}
