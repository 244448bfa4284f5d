package org.tracseq.libraryprep.domain;

/** How a kit's indexes combine (LB-4). */
public enum Indexing {
    /** i7 only. */
    SINGLE,
    /** Any i7 with any i5 of the kit. */
    COMBINATORIAL,
    /** Each i7 with the i5 of the same name, the pair's name. */
    UNIQUE_DUAL
}
