package org.tracseq.sequencing.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A sequencing run (SQ-STATUS) on one instrument, with the pool in each lane and every QC-4 override
 * that let it move past a pool that failed its own QC, oldest first.
 */
public record Run(
        UUID id,
        String name,
        UUID instrumentId,
        Platform platform,
        ReadStructure reads,
        RunPriority priority,
        String flowCellId,
        MismatchPolicy mismatches,
        SequencingStatus status,
        Instant statusChangedAt,
        String createdBy,
        Instant createdAt,
        List<Lane> lanes,
        List<RunQc.Override> qcOverrides) {

    /** The source samples of every library in its lanes, each once: they follow the run's status. */
    public List<UUID> sourceSamples() {
        LinkedHashSet<UUID> samples = new LinkedHashSet<>();
        lanes.forEach(lane ->
                lane.libraries().forEach(pooled -> samples.add(pooled.library().sampleId())));
        return List.copyOf(samples);
    }
}
