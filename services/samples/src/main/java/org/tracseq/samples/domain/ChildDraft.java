package org.tracseq.samples.domain;

import java.util.Map;

/**
 * A child sample to be made from a parent: an aliquot (a portion, same type, {@code volume} taken
 * from the parent) or a derivation (another material, may take a volume and have its own
 * {@code initialVolume}). Members left out are taken from the parent where that makes sense.
 */
public record ChildDraft(
        LineageRelation relation,
        Volume volume,
        String name,
        SampleType type,
        String barcode,
        String description,
        Volume initialVolume,
        Concentration concentration,
        Map<String, Object> metadata) {

    /** Every problem the request has on its own, before the parent is read. */
    public void check(Violations violations) {
        if (relation != LineageRelation.ALIQUOT && relation != LineageRelation.DERIVED) {
            violations.field("relation", "must be aliquot or derived");
        }
        LineageRules.checkTaking(relation, volume, "volume", violations);
        if (relation == LineageRelation.ALIQUOT && initialVolume != null) {
            violations.field("initialVolume", "an aliquot's volume is the volume it takes; leave initialVolume out");
        }
        Metadata.check(metadata, violations);
    }

    /** The child's type: its own if given, else its parent's. */
    public SampleType typeFrom(SampleType parentType) {
        return type == null ? parentType : type;
    }

    /** The child as a new sample: name from the parent if not given; an aliquot has its parent's concentration. */
    public SampleDraft toSampleDraft(Sample parent) {
        boolean aliquot = relation == LineageRelation.ALIQUOT;
        return new SampleDraft(
                name == null ? parent.name() : name,
                typeFrom(parent.type()),
                barcode,
                description,
                aliquot ? volume : initialVolume,
                null,
                concentration == null && aliquot ? parent.quantities().concentration() : concentration,
                Metadata.normalized(metadata));
    }

    public ChildDraft withBarcode(String issued) {
        return new ChildDraft(
                relation, volume, name, type, issued, description, initialVolume, concentration, metadata);
    }
}
