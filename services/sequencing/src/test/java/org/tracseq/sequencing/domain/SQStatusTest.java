package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.sequencing.domain.SequencingStatus.CANCELLED;
import static org.tracseq.sequencing.domain.SequencingStatus.COMPLETED;
import static org.tracseq.sequencing.domain.SequencingStatus.DRAFT;
import static org.tracseq.sequencing.domain.SequencingStatus.FAILED;
import static org.tracseq.sequencing.domain.SequencingStatus.ON_HOLD;
import static org.tracseq.sequencing.domain.SequencingStatus.QUEUED;
import static org.tracseq.sequencing.domain.SequencingStatus.RUNNING;
import static org.tracseq.sequencing.domain.SequencingStatus.SUBMITTED;
import static org.tracseq.sequencing.domain.SequencingStatus.VALIDATED;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SQ-STATUS exactly as DOMAIN.md states it. */
class SQStatusTest {

    @Test
    void aRunGoesFromDraftToCompletedOneStepAtATime() {
        SequencingStatus status = SequencingStatus.initial();
        for (SequencingStatus next : new SequencingStatus[] {SUBMITTED, VALIDATED, QUEUED, RUNNING, COMPLETED}) {
            status = status.moveTo(next);
        }
        assertThat(status).isEqualTo(COMPLETED);
    }

    @Test
    void aRunningRunEndsCompletedOrFailed_andAFailedOneIsRetriedThroughTheQueue() {
        assertThat(RUNNING.next()).containsExactlyInAnyOrder(COMPLETED, FAILED, CANCELLED);
        assertThat(FAILED.moveTo(QUEUED)).isEqualTo(QUEUED);
    }

    @Test
    void onHoldGoesBothWaysWithQueuedOnly() {
        assertThat(QUEUED.moveTo(ON_HOLD)).isEqualTo(ON_HOLD);
        assertThat(ON_HOLD.moveTo(QUEUED)).isEqualTo(QUEUED);
        assertThat(ON_HOLD.next()).containsExactlyInAnyOrder(QUEUED, CANCELLED);
        Violations.refused(() -> ON_HOLD.moveTo(RUNNING), "SQ-STATUS", 409);
        Violations.refused(() -> VALIDATED.moveTo(ON_HOLD), "SQ-STATUS", 409);
    }

    @ParameterizedTest
    @EnumSource(
            value = SequencingStatus.class,
            names = {"COMPLETED", "CANCELLED"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyNonTerminalStatusMayBeCancelled(SequencingStatus status) {
        assertThat(status.isTerminal()).isFalse();
        assertThat(status.moveTo(CANCELLED)).isEqualTo(CANCELLED);
    }

    @ParameterizedTest
    @EnumSource(
            value = SequencingStatus.class,
            names = {"COMPLETED", "CANCELLED"})
    void completedAndCancelledAreFinal(SequencingStatus status) {
        assertThat(status.isTerminal()).isTrue();
        for (SequencingStatus target : SequencingStatus.values()) {
            String message = Violations.refused(() -> status.moveTo(target), "SQ-STATUS", 409);
            assertThat(message).contains("which is final");
        }
    }

    @Test
    void noStepIsSkipped_andTheRefusalSaysWhatMayComeNext() {
        String message = Violations.refused(() -> DRAFT.moveTo(QUEUED), "SQ-STATUS", 409);
        assertThat(message).contains("from draft to queued").contains("submitted, cancelled");
        Violations.refused(() -> SUBMITTED.moveTo(RUNNING), "SQ-STATUS", 409);
        Violations.refused(() -> QUEUED.moveTo(COMPLETED), "SQ-STATUS", 409);
        Violations.refused(() -> COMPLETED.moveTo(QUEUED), "SQ-STATUS", 409);
    }

    @Test
    void noStatusMovesToItself() {
        for (SequencingStatus status : SequencingStatus.values()) {
            Violations.refused(() -> status.moveTo(status), "SQ-STATUS", 409);
        }
    }

    @Test
    void theTableHasExactlyTheDomainsMoves() {
        assertThat(DRAFT.next()).isEqualTo(EnumSet.of(SUBMITTED, CANCELLED));
        assertThat(SUBMITTED.next()).isEqualTo(EnumSet.of(VALIDATED, CANCELLED));
        assertThat(VALIDATED.next()).isEqualTo(EnumSet.of(QUEUED, CANCELLED));
        assertThat(QUEUED.next()).isEqualTo(EnumSet.of(RUNNING, ON_HOLD, CANCELLED));
        assertThat(FAILED.next()).isEqualTo(EnumSet.of(QUEUED, CANCELLED));
    }

    @Test
    void statusesHaveTheContractsSpelling() {
        assertThat(ON_HOLD.wireName()).isEqualTo("on_hold");
        assertThat(SequencingStatus.fromWire("on_hold")).isEqualTo(ON_HOLD);
        Violations.refused(() -> SequencingStatus.fromWire("paused"), "SQ-STATUS", 422);
    }
}
