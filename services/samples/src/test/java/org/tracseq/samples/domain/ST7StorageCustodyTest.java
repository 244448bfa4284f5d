package org.tracseq.samples.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ST-7: the samples service follows storage's placements and discards, judged by the sample's status. */
class ST7StorageCustodyTest {

    @Test
    void ST7_aPlacementMakesAValidatedSampleInStorage() {
        assertThat(StorageCustodyRules.afterPlacement(SampleStatus.VALIDATED)).containsExactly(SampleStatus.IN_STORAGE);
    }

    @ParameterizedTest
    @EnumSource(value = SampleStatus.class, names = "VALIDATED", mode = EnumSource.Mode.EXCLUDE)
    void ST7_aPlacementOfASampleAlreadyStoredOrMovedOnChangesNothing(SampleStatus current) {
        assertThat(StorageCustodyRules.afterPlacement(current)).isEmpty();
    }

    @Test
    void ST7_storagesDiscardMakesTheSampleDiscardedAlsoBeforeItsPlacementWasFollowed() {
        assertThat(StorageCustodyRules.afterDiscard(SampleStatus.IN_STORAGE)).containsExactly(SampleStatus.DISCARDED);
        assertThat(StorageCustodyRules.afterDiscard(SampleStatus.VALIDATED))
                .containsExactly(SampleStatus.IN_STORAGE, SampleStatus.DISCARDED);
        // Each step is one SM-STATUS allows.
        assertThat(SampleStatus.VALIDATED.canMoveTo(SampleStatus.IN_STORAGE)).isTrue();
        assertThat(SampleStatus.IN_STORAGE.canMoveTo(SampleStatus.DISCARDED)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = SampleStatus.class,
            names = {"DISCARDED", "ARCHIVED", "DELETED"})
    void ST7_aDiscardOfASampleAlreadyOutOfCirculationChangesNothing(SampleStatus current) {
        assertThat(StorageCustodyRules.afterDiscard(current)).isEmpty();
        assertThat(StorageCustodyRules.discardUnfollowable(current)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = SampleStatus.class,
            names = {"PENDING", "REJECTED", "IN_SEQUENCING", "COMPLETED", "FAILED"})
    void ST7_aDiscardASampleMovedOnCannotFollowIsReportedNotFailed(SampleStatus current) {
        assertThat(StorageCustodyRules.afterDiscard(current)).isEmpty();
        assertThat(StorageCustodyRules.discardUnfollowable(current)).isTrue();
    }
}
