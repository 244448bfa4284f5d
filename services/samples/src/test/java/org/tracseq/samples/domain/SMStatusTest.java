package org.tracseq.samples.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracseq.platform.problem.RuleViolation;

/** SM-STATUS: the transition table of DOMAIN.md, pair by pair. */
class SMStatusTest {
    /** DOMAIN.md's table, written out again here so the test does not trust the implementation. */
    private static final Map<String, Set<String>> TABLE = Map.of(
            "pending", Set.of("validated", "rejected", "deleted"),
            "validated", Set.of("in_storage", "in_sequencing", "rejected", "deleted"),
            "in_storage", Set.of("in_sequencing", "rejected", "discarded", "deleted"),
            "in_sequencing", Set.of("completed", "failed"),
            "completed", Set.of("archived"),
            "failed", Set.of("pending", "deleted"),
            "rejected", Set.of("pending", "deleted"),
            "discarded", Set.of("archived"),
            "archived", Set.of(),
            "deleted", Set.of());

    static Stream<Arguments> allowed() {
        return pairs().filter(pair -> TABLE.get(pair[0].wireValue()).contains(pair[1].wireValue()))
                .map(pair -> Arguments.of(pair[0], pair[1]));
    }

    static Stream<Arguments> refused() {
        return pairs().filter(pair -> !TABLE.get(pair[0].wireValue()).contains(pair[1].wireValue()))
                .map(pair -> Arguments.of(pair[0], pair[1]));
    }

    private static Stream<SampleStatus[]> pairs() {
        return Arrays.stream(SampleStatus.values())
                .flatMap(from -> Arrays.stream(SampleStatus.values()).map(to -> new SampleStatus[] {from, to}));
    }

    @Test
    void theTableCoversEveryStatus() {
        assertThat(Arrays.stream(SampleStatus.values())
                        .map(SampleStatus::wireValue)
                        .collect(Collectors.toSet()))
                .isEqualTo(TABLE.keySet());
        assertThat(allowed().count() + refused().count()).isEqualTo(100);
        assertThat(allowed().count()).isEqualTo(19);
    }

    @ParameterizedTest(name = "{0} -> {1} is allowed")
    @MethodSource("allowed")
    void everyPairInTheTableIsAllowed(SampleStatus from, SampleStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
        assertThatCode(() -> StatusRules.checkChange(from, to, "a reason", 0)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @MethodSource("refused")
    void everyOtherPairIsRefusedAsAConflict(SampleStatus from, SampleStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
        assertThatThrownBy(() -> StatusRules.checkChange(from, to, "a reason", 0))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("SM-STATUS");
                    assertThat(e.status()).isEqualTo(409);
                });
    }

    @Test
    void theSameStatusIsRefusedSayingSo() {
        assertThatThrownBy(() -> StatusRules.checkChange(SampleStatus.PENDING, SampleStatus.PENDING, null, 0))
                .hasMessageContaining("already pending");
    }

    @Test
    void rejectingNeedsAReason() {
        for (String missing : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> StatusRules.checkChange(SampleStatus.PENDING, SampleStatus.REJECTED, missing, 0))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> {
                        assertThat(e.rule()).isEqualTo("SM-STATUS");
                        assertThat(e.status()).isEqualTo(422);
                    });
        }
        assertThatCode(() -> StatusRules.checkChange(SampleStatus.PENDING, SampleStatus.REJECTED, "haemolysed", 0))
                .doesNotThrowAnyException();
    }

    @Test
    void aSampleInSequencingCannotBeDeleted() {
        assertThatThrownBy(() -> StatusRules.checkChange(SampleStatus.IN_SEQUENCING, SampleStatus.DELETED, "oops", 0))
                .hasMessageContaining("in sequencing cannot be deleted");
    }

    @Test
    void archivedAndDeletedAreTerminal() {
        assertThat(SampleStatus.ARCHIVED.isTerminal()).isTrue();
        assertThat(SampleStatus.DELETED.isTerminal()).isTrue();
        assertThat(Arrays.stream(SampleStatus.values()).filter(SampleStatus::isTerminal))
                .containsExactlyInAnyOrder(SampleStatus.ARCHIVED, SampleStatus.DELETED);
    }

    @Test
    void newSamplesArePending() {
        assertThat(SampleStatus.initial()).isEqualTo(SampleStatus.PENDING);
    }

    @Test
    void deletingASampleWithLiveChildrenIsRefusedBySm2() {
        assertThatThrownBy(() -> StatusRules.checkChange(SampleStatus.PENDING, SampleStatus.DELETED, null, 2))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("SM-2"));
    }

    @Test
    void ST7_aSampleStorageHoldsLeavesCirculationOnlyThroughStorage() {
        for (SampleStatus out : List.of(SampleStatus.DISCARDED, SampleStatus.DELETED)) {
            assertThatThrownBy(() -> StatusRules.checkStorageLetGo(out, StorageAnswer.HOLDS, true))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> {
                        assertThat(e.rule()).isEqualTo("ST-7");
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.getMessage()).contains("/api/storage/samples/{id}/discard");
                    });
            assertThatCode(() -> StatusRules.checkStorageLetGo(out, StorageAnswer.LET_GO, true))
                    .doesNotThrowAnyException();
            assertThatCode(() -> StatusRules.checkStorageLetGo(out, StorageAnswer.NOT_ASKED, false))
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> StatusRules.checkStorageLetGo(SampleStatus.IN_SEQUENCING, StorageAnswer.HOLDS, true))
                .doesNotThrowAnyException();
    }

    @Test
    void ST7_aSamplePlacedWhileTheChangeWasUnderWayIsNotLetGoUnasked() {
        assertThatThrownBy(() -> StatusRules.checkStorageLetGo(SampleStatus.DELETED, StorageAnswer.NOT_ASKED, true))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("ST-7"));
    }
}
