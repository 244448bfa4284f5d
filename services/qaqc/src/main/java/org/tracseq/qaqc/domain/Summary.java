package org.tracseq.qaqc.domain;

import java.util.List;
import java.util.UUID;

/** A subject's QC: its standing (QC-4), its latest result per metric and every result, newest first. */
public record Summary(
        SubjectKind kind,
        UUID subjectId,
        String barcode,
        Standing standing,
        List<QcResult> current,
        List<QcResult> results) {}
