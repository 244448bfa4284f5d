package org.tracseq.samples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tracseq.samples.domain.SampleStatus;

/** SM-STATUS as a sequencing run moves a source sample: running → in_sequencing, completed/failed → that. */
class SMStatusSequencingRunsTest {

    @ParameterizedTest
    @EnumSource(
            value = SampleStatus.class,
            names = {"VALIDATED", "IN_STORAGE"})
    void aRunningRunTakesAnAvailableSampleIntoSequencing(SampleStatus current) {
        assertThat(SequencingRuns.steps(current, "running")).containsExactly(SampleStatus.IN_SEQUENCING);
        assertThat(current.canMoveTo(SampleStatus.IN_SEQUENCING)).isTrue();
    }

    @Test
    void theRunsEndEndsTheSamplesSequencing() {
        assertThat(SequencingRuns.steps(SampleStatus.IN_SEQUENCING, "completed"))
                .containsExactly(SampleStatus.COMPLETED);
        assertThat(SequencingRuns.steps(SampleStatus.IN_SEQUENCING, "failed")).containsExactly(SampleStatus.FAILED);
    }

    @Test
    void anEndArrivingBeforeTheStartPassesThroughInSequencing() {
        assertThat(SequencingRuns.steps(SampleStatus.IN_STORAGE, "completed"))
                .containsExactly(SampleStatus.IN_SEQUENCING, SampleStatus.COMPLETED);
        assertThat(SequencingRuns.steps(SampleStatus.VALIDATED, "failed"))
                .containsExactly(SampleStatus.IN_SEQUENCING, SampleStatus.FAILED);
    }

    @ParameterizedTest
    @EnumSource(
            value = SampleStatus.class,
            names = {"PENDING", "COMPLETED", "FAILED", "REJECTED", "DISCARDED", "ARCHIVED", "DELETED"})
    void aSampleNotWhereTheRunFindsItStays(SampleStatus current) {
        for (String runStatus : List.of("running", "completed", "failed")) {
            assertThat(SequencingRuns.steps(current, runStatus)).isEmpty();
        }
    }

    @Test
    void aRepeatedStartAndOtherRunMovesChangeNothing() {
        assertThat(SequencingRuns.steps(SampleStatus.IN_SEQUENCING, "running")).isEmpty();
        for (String runStatus : List.of("draft", "submitted", "validated", "queued", "on_hold", "cancelled")) {
            assertThat(SequencingRuns.steps(SampleStatus.IN_STORAGE, runStatus)).isEmpty();
        }
    }
}
