package org.tracseq.samples.persistence;

import jakarta.persistence.Converter;
import org.tracseq.samples.domain.AuditAction;
import org.tracseq.samples.domain.ConcentrationUnit;
import org.tracseq.samples.domain.LineageRelation;
import org.tracseq.samples.domain.SampleStatus;
import org.tracseq.samples.domain.SampleType;
import org.tracseq.samples.domain.VolumeUnit;

/** One converter per stored domain enum (JPA instantiates converters by class). */
final class Converters {
    private Converters() {
    }

    @Converter
    public static class SampleTypeConverter extends WireEnumConverter<SampleType> {
        public SampleTypeConverter() {
            super(SampleType::fromWire);
        }
    }

    @Converter
    public static class SampleStatusConverter extends WireEnumConverter<SampleStatus> {
        public SampleStatusConverter() {
            super(SampleStatus::fromWire);
        }
    }

    @Converter
    public static class VolumeUnitConverter extends WireEnumConverter<VolumeUnit> {
        public VolumeUnitConverter() {
            super(VolumeUnit::fromWire);
        }
    }

    @Converter
    public static class ConcentrationUnitConverter extends WireEnumConverter<ConcentrationUnit> {
        public ConcentrationUnitConverter() {
            super(ConcentrationUnit::fromWire);
        }
    }

    @Converter
    public static class LineageRelationConverter extends WireEnumConverter<LineageRelation> {
        public LineageRelationConverter() {
            super(LineageRelation::fromWire);
        }
    }

    @Converter
    public static class AuditActionConverter extends WireEnumConverter<AuditAction> {
        public AuditActionConverter() {
            super(AuditAction::fromWire);
        }
    }
}
