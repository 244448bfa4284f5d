package org.tracseq.samples.domain;

import java.time.OffsetDateTime;

/** One entry of a sample's status history; {@code from} is null for registration. */
public record StatusChange(SampleStatus from, SampleStatus to, String reason, String actor, OffsetDateTime changedAt) {}
