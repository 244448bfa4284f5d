package org.tracseq.qaqc.domain;

import java.util.UUID;

/** A library's effective QC (QC-4), with its source sample. */
public record LibraryQc(UUID libraryId, UUID sampleId, Standing standing) {}
