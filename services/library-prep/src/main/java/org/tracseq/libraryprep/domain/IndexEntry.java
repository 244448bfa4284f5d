package org.tracseq.libraryprep.domain;

/** One named index of a kit; an i5 in forward orientation (LB-4). */
public record IndexEntry(IndexRead read, String name, String sequence) {}
