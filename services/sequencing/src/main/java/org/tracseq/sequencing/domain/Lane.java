package org.tracseq.sequencing.domain;

import java.util.List;
import java.util.UUID;

/** A lane of a run and the pool in it. */
public record Lane(int lane, UUID poolId, List<PooledLibrary> libraries) {

    public List<LaneLibrary> forChecks() {
        return libraries.stream().map(pooled -> pooled.library().inLane()).toList();
    }
}
