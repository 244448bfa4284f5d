package org.tracseq.sequencing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracseq.sequencing.domain.SequencingStatus.COMPLETED;
import static org.tracseq.sequencing.domain.SequencingStatus.DRAFT;
import static org.tracseq.sequencing.domain.SequencingStatus.QUEUED;
import static org.tracseq.sequencing.domain.SequencingStatus.RUNNING;
import static org.tracseq.sequencing.domain.SequencingStatus.SUBMITTED;
import static org.tracseq.sequencing.domain.SequencingStatus.VALIDATED;
import static org.tracseq.sequencing.domain.Violations.refused;

import org.junit.jupiter.api.Test;

/**
 * SQ-STATUS beyond the table: a run is validated by its sample sheet, starts only with a flow cell
 * on an available instrument with a free place (its capacity), and is queued only on an instrument
 * that is not retired; instruments themselves never come back from retirement.
 */
class SQStatusRunMovesTest {
    private static final RunMoves.Facts READY = new RunMoves.Facts(true, "HFLWCDSXY", InstrumentState.AVAILABLE, 0, 1);

    @Test
    void aRunWithASheetIsValidated_withoutOneItIsRefused() {
        assertThat(RunMoves.move(SUBMITTED, VALIDATED, READY)).isEqualTo(VALIDATED);
        String why = refused(
                () -> RunMoves.move(
                        SUBMITTED, VALIDATED, new RunMoves.Facts(false, null, InstrumentState.AVAILABLE, 0, 1)),
                "SQ-STATUS",
                409);
        assertThat(why).contains("generate one first");
    }

    @Test
    void aRunStartsWithItsFlowCellOnAnAvailableInstrumentWithAFreePlace() {
        assertThat(RunMoves.move(QUEUED, RUNNING, READY)).isEqualTo(RUNNING);
        assertThat(RunMoves.move(QUEUED, RUNNING, new RunMoves.Facts(true, "A", InstrumentState.AVAILABLE, 1, 2)))
                .isEqualTo(RUNNING);
    }

    @Test
    void noFlowCellIdIsAnUnprocessableStart() {
        assertThat(refused(
                        () -> RunMoves.move(
                                QUEUED, RUNNING, new RunMoves.Facts(true, null, InstrumentState.AVAILABLE, 0, 1)),
                        "SQ-STATUS",
                        422))
                .contains("flow cell id");
    }

    @Test
    void aFullInstrumentKeepsTheRunQueued_atExactlyItsCapacity() {
        assertThat(refused(
                        () -> RunMoves.move(
                                QUEUED, RUNNING, new RunMoves.Facts(true, "A", InstrumentState.AVAILABLE, 1, 1)),
                        "SQ-STATUS",
                        409))
                .contains("1 of the 1 flow cell");
        refused(
                () -> RunMoves.move(QUEUED, RUNNING, new RunMoves.Facts(true, "A", InstrumentState.AVAILABLE, 2, 2)),
                "SQ-STATUS",
                409);
    }

    @Test
    void anInstrumentInMaintenanceStartsNothingButKeepsItsQueue() {
        refused(
                () -> RunMoves.move(QUEUED, RUNNING, new RunMoves.Facts(true, "A", InstrumentState.MAINTENANCE, 0, 1)),
                "SQ-STATUS",
                409);
        assertThat(RunMoves.move(VALIDATED, QUEUED, new RunMoves.Facts(true, null, InstrumentState.MAINTENANCE, 0, 1)))
                .isEqualTo(QUEUED);
    }

    @Test
    void nothingIsQueuedOnARetiredInstrument() {
        refused(
                () -> RunMoves.move(VALIDATED, QUEUED, new RunMoves.Facts(true, null, InstrumentState.RETIRED, 0, 1)),
                "SQ-STATUS",
                409);
    }

    @Test
    void theTableStillDecidesFirst() {
        assertThat(refused(() -> RunMoves.move(DRAFT, RUNNING, READY), "SQ-STATUS", 409))
                .contains("from draft it may become submitted, cancelled");
        refused(() -> RunMoves.move(COMPLETED, QUEUED, READY), "SQ-STATUS", 409);
    }

    @Test
    void aRetiredInstrumentIsFinal_andOneWithARunningRunIsNotRetired() {
        assertThat(InstrumentState.AVAILABLE.moveTo(InstrumentState.MAINTENANCE, 1))
                .isEqualTo(InstrumentState.MAINTENANCE);
        assertThat(InstrumentState.MAINTENANCE.moveTo(InstrumentState.RETIRED, 0))
                .isEqualTo(InstrumentState.RETIRED);
        refused(() -> InstrumentState.RETIRED.moveTo(InstrumentState.AVAILABLE, 0), "SQ-STATUS", 409);
        assertThat(refused(() -> InstrumentState.AVAILABLE.moveTo(InstrumentState.RETIRED, 1), "SQ-STATUS", 409))
                .contains("1 run(s) running");
    }
}
