package org.tracseq.qaqc.domain;

/** What a result measures: a sample, or a library (whose source sample counts for QC-4). */
public enum SubjectKind {
    SAMPLE,
    LIBRARY
}
