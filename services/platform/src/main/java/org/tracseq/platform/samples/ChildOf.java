package org.tracseq.platform.samples;

import java.util.UUID;

/** A derived child to record in samples together with others: of which parent, and what it is. */
public record ChildOf(UUID parentId, ChildRequest child) {}
