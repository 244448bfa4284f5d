package org.tracseq.samples.domain;

/** What the storage service said about a sample before a status change (ST-7). */
public enum StorageAnswer {
    /** Not asked: the sample had never been {@code in_storage} when the change began. */
    NOT_ASKED,
    /** Storage holds it: placed, checked out or released, not discarded there. */
    HOLDS,
    /** Storage never had it or has discarded it. */
    LET_GO
}
