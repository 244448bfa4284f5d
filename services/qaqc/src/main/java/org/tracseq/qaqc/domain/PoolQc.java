package org.tracseq.qaqc.domain;

import java.util.UUID;

/** A pool's own QC standing (QC-4 over its own results), with the name sequencing gave it. */
public record PoolQc(UUID poolId, String name, Standing standing) {}
