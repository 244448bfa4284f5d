package org.tracseq.samples.domain;

import java.util.UUID;

/** A request to record an existing sample as a parent of another (e.g. a pool's sources). */
public record ParentLinkDraft(UUID parentId, LineageRelation relation, Volume volume) {

    public void check(Violations violations) {
        if (parentId == null) {
            violations.field("parentId", "is required");
        }
        if (relation == null) {
            violations.field("relation", "is required");
        }
        LineageRules.checkTaking(relation, volume, "volume", violations);
    }
}
