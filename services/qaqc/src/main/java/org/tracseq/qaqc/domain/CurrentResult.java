package org.tracseq.qaqc.domain;

/** A subject's latest result of one metric (a re-measurement replaces the one before it), as QC-4 reads it. */
public record CurrentResult(String metric, Outcome outcome, boolean verified) {}
