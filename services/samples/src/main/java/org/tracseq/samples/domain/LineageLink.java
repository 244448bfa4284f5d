package org.tracseq.samples.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A parent → child link. {@code volume} is what the child took from the parent (absent when
 * nothing was taken); {@code depth} is 1 for a direct link, 2 one generation further, and so on.
 */
public record LineageLink(
        UUID parentId, UUID childId, LineageRelation relation, Volume volume, OffsetDateTime createdAt, int depth) {}
