package org.tracseq.sequencing.domain;

import org.tracseq.platform.problem.RuleViolation;

/**
 * What a run's move along SQ-STATUS needs besides the table ({@link SequencingStatus}): a run is
 * {@code validated} once it has a sample sheet (the sheet is made only for lanes that pass IDX and
 * CB, or with a recorded override); it goes {@code running} only with its flow cell id, on an
 * instrument in service, and when the instrument has a free place for a flow cell (its capacity);
 * and it is {@code queued} only on an instrument that is not retired.
 */
public final class RunMoves {
    private RunMoves() {}

    /** What the move depends on, read before it. */
    public record Facts(
            boolean hasSheet, String flowCellId, InstrumentState instrument, int runningOnInstrument, int capacity) {}

    /** The status after the move, or a refusal naming SQ-STATUS and what to do first. */
    public static SequencingStatus move(SequencingStatus from, SequencingStatus to, Facts facts) {
        SequencingStatus next = from.moveTo(to);
        switch (next) {
            case VALIDATED -> {
                if (!facts.hasSheet()) {
                    throw RuleViolation.conflict(
                            "SQ-STATUS",
                            "A run is validated by its sample sheet; generate one first (it checks the lanes, IDX and CB)");
                }
            }
            case QUEUED -> {
                if (facts.instrument() == InstrumentState.RETIRED) {
                    throw RuleViolation.conflict(
                            "SQ-STATUS", "The run's instrument is retired; plan the run on another instrument");
                }
            }
            case RUNNING -> {
                if (facts.flowCellId() == null) {
                    throw RuleViolation.unprocessable(
                            "SQ-STATUS", "Give the flow cell id of the loaded flow cell to start the run");
                }
                if (facts.instrument() != InstrumentState.AVAILABLE) {
                    throw RuleViolation.conflict(
                            "SQ-STATUS",
                            "The instrument is " + facts.instrument().wireName()
                                    + "; it starts no run until it is available");
                }
                if (facts.runningOnInstrument() >= facts.capacity()) {
                    throw RuleViolation.conflict(
                            "SQ-STATUS",
                            "The instrument already runs " + facts.runningOnInstrument() + " of the " + facts.capacity()
                                    + " flow cell(s) it holds; the run stays queued until one ends");
                }
            }
            default -> {
                // The table alone decides the other moves.
            }
        }
        return next;
    }
}
