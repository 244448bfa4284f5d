package org.tracseq.libraryprep.domain;

/** The index read an index is read in: i7 (Index 1) or i5 (Index 2). */
public enum IndexRead {
    I7,
    I5
}
