package org.tracseq.samples.domain;

import java.util.Set;
import java.util.UUID;
import org.tracseq.platform.problem.RuleViolation;

/** SM-2 (lineage and deletion) and the SM-1 parts that concern taking material from a parent. */
public final class LineageRules {
    public static final String RULE = "SM-2";

    private LineageRules() {}

    /** A sample whose children still exist cannot be deleted. */
    public static void checkDeletable(long liveChildren) {
        if (liveChildren > 0) {
            throw RuleViolation.conflict(
                    RULE,
                    "The sample has " + liveChildren + (liveChildren == 1 ? " child" : " children")
                            + " that are not deleted, so it cannot be deleted; delete the children first or archive it");
        }
    }

    /**
     * Linking {@code parent} as a parent of {@code child} must not close a cycle: the child may be
     * neither the parent itself nor one of the parent's ancestors.
     */
    public static void checkNoCycle(UUID parent, UUID child, Set<UUID> ancestorsOfParent) {
        if (parent.equals(child)) {
            throw RuleViolation.unprocessable(RULE, "A sample cannot be its own parent");
        }
        if (ancestorsOfParent.contains(child)) {
            throw RuleViolation.conflict(
                    RULE,
                    "The sample is already an ancestor of " + parent
                            + "; linking it as its child would make the lineage cyclic");
        }
    }

    /** A sample's type is fixed once it has a parent or a child. */
    public static void checkTypeChangeable(boolean hasLineage) {
        if (hasLineage) {
            throw RuleViolation.conflict(
                    RULE,
                    "The sample has lineage (a parent or a child), so its type cannot "
                            + "change; register a new sample instead");
        }
    }

    /**
     * What a request to take material says, before any sample is read: an aliquot needs a volume
     * greater than 0 (SM-1).
     */
    public static void checkTaking(LineageRelation relation, Volume volume, String field, Violations violations) {
        if (relation == LineageRelation.ALIQUOT && volume == null) {
            violations.rule(Quantities.RULE, field, "an aliquot needs the volume it takes from its parent");
        } else if (relation == LineageRelation.ALIQUOT && volume.value().signum() == 0) {
            violations.rule(Quantities.RULE, field + ".value", "an aliquot must take more than 0");
        }
    }

    /** An aliquot is a portion of its parent, so it is the same kind of sample. */
    public static void checkChildType(LineageRelation relation, SampleType parentType, SampleType childType) {
        if (relation == LineageRelation.ALIQUOT && parentType != childType) {
            throw RuleViolation.unprocessable(
                    RULE,
                    "An aliquot has its parent's type (" + parentType.wireValue() + "), not " + childType.wireValue()
                            + "; use relation 'derived' for a different material");
        }
    }

    /** A deleted sample gets no new parents. */
    public static void checkChildLinkable(SampleStatus childStatus) {
        if (childStatus == SampleStatus.DELETED) {
            throw RuleViolation.conflict(StatusRules.RULE, "The sample is deleted, so it gets no new parents");
        }
    }

    /** A link that takes no material still needs a parent that is not gone (deleted, discarded, archived). */
    public static void checkParentLinkable(SampleStatus parentStatus) {
        if (parentStatus == SampleStatus.DELETED
                || parentStatus == SampleStatus.DISCARDED
                || parentStatus == SampleStatus.ARCHIVED) {
            throw RuleViolation.conflict(
                    StatusRules.RULE,
                    "The parent sample is " + parentStatus.wireValue() + ", so nothing can be linked to it");
        }
    }

    /** SM-1: material comes only from a sample in a usable status ({@link SampleStatus#givesMaterial}). */
    public static void checkParentGivesMaterial(SampleStatus parentStatus) {
        if (!parentStatus.givesMaterial()) {
            throw RuleViolation.conflict(
                    Quantities.RULE,
                    "The parent sample is " + parentStatus.wireValue()
                            + ", so nothing can be taken from or linked to it; only a validated or in_storage "
                            + "sample gives material");
        }
    }
}
