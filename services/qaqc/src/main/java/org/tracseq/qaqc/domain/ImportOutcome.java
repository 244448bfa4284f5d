package org.tracseq.qaqc.domain;

import java.util.List;
import java.util.UUID;

/** What an imported file recorded: a result per (row, metric), and the values no definition applied to. */
public record ImportOutcome(
        UUID importId, InstrumentFormat format, int rows, List<Imported> results, List<Skipped> skipped) {
    public record Imported(int row, QcResult result) {}

    public record Skipped(int row, String metric, String reason) {}
}
