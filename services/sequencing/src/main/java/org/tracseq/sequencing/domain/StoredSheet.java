package org.tracseq.sequencing.domain;

import java.time.Instant;
import java.util.UUID;

/** A generated sample sheet as stored (SS-3): its number within the run, its bytes, and how it came to be. */
public record StoredSheet(
        UUID runId,
        int version,
        SampleSheetVersion sheetVersion,
        String content,
        String inputsHash,
        String generatorVersion,
        boolean lanesPassed,
        String overrideReason,
        String createdBy,
        Instant createdAt) {}
