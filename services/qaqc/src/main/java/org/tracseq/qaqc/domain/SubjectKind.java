package org.tracseq.qaqc.domain;

/**
 * What a result measures: a sample, a library (whose source sample counts for QC-4), or a
 * sequencing pool (judged on its own results).
 */
public enum SubjectKind {
    SAMPLE,
    LIBRARY,
    POOL
}
