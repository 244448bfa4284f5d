package org.tracseq.libraryprep.domain;

/** The indexes a library carries: its i7 and, for a dual-indexed library, its i5 (forward orientation). */
public record IndexPair(IndexEntry i7, IndexEntry i5) {
    public String key() {
        return i7.sequence() + "+" + (i5 == null ? "" : i5.sequence());
    }

    public String names() {
        return i5 == null ? i7.name() : i7.name() + "/" + i5.name();
    }
}
