package org.tracseq.samples.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.tracseq.samples.domain.Concentration;
import org.tracseq.samples.domain.ConcentrationUnit;
import org.tracseq.samples.domain.Quantities;
import org.tracseq.samples.domain.Sample;
import org.tracseq.samples.domain.SampleDraft;
import org.tracseq.samples.domain.SampleEdit;
import org.tracseq.samples.domain.SampleStatus;
import org.tracseq.samples.domain.SampleType;
import org.tracseq.samples.domain.Volume;
import org.tracseq.samples.domain.VolumeUnit;

/**
 * A row of {@code samples}; read out as the domain's {@link Sample}. Enum columns hold the wire
 * value ({@code in_storage}) as plain text: EclipseLink mis-converts query parameters compared with
 * converted enum attributes, so the conversion happens here instead.
 */
@Entity
@Table(name = "samples")
public class SampleEntity {
    @Id
    private UUID id;

    private String barcode;

    private String name;

    private String type;

    private String status;

    private String description;

    @Column(name = "volume_unit")
    private String volumeUnit;

    @Column(name = "initial_volume")
    private BigDecimal initialVolume;

    @Column(name = "available_volume")
    private BigDecimal availableVolume;

    private BigDecimal concentration;

    @Column(name = "concentration_unit")
    private String concentrationUnit;

    @Column(name = "metadata")
    private String metadataJson;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected SampleEntity() {}

    /** A newly registered sample: {@code pending}, with the draft's (already checked) values. */
    public static SampleEntity register(SampleDraft draft, Quantities quantities, String actor, OffsetDateTime at) {
        SampleEntity sample = new SampleEntity();
        sample.id = UUID.randomUUID();
        sample.barcode = draft.barcode();
        sample.name = draft.name();
        sample.type = draft.type().wireValue();
        sample.status = SampleStatus.initial().wireValue();
        sample.description = draft.description();
        sample.setQuantities(quantities);
        sample.metadataJson = MetadataJson.write(draft.metadata());
        sample.createdAt = at;
        sample.createdBy = actor;
        sample.updatedAt = at;
        return sample;
    }

    public Sample toSample() {
        return new Sample(
                id,
                barcode,
                name,
                type(),
                status(),
                description,
                quantities(),
                MetadataJson.read(metadataJson),
                createdAt,
                updatedAt,
                createdBy);
    }

    public Quantities quantities() {
        return new Quantities(
                initialVolume == null ? null : new Volume(initialVolume, VolumeUnit.fromWire(volumeUnit)),
                availableVolume == null ? null : new Volume(availableVolume, VolumeUnit.fromWire(volumeUnit)),
                concentration == null
                        ? null
                        : new Concentration(concentration, ConcentrationUnit.fromWire(concentrationUnit)));
    }

    public void setQuantities(Quantities quantities) {
        volumeUnit = quantities.initial() == null
                ? null
                : quantities.initial().unit().wireValue();
        initialVolume =
                quantities.initial() == null ? null : quantities.initial().value();
        availableVolume =
                quantities.available() == null ? null : quantities.available().value();
        concentration = quantities.concentration() == null
                ? null
                : quantities.concentration().value();
        concentrationUnit = quantities.concentration() == null
                ? null
                : quantities.concentration().unit().wireValue();
    }

    public void apply(SampleEdit edit, OffsetDateTime at) {
        name = edit.name();
        type = edit.type().wireValue();
        description = edit.description();
        setQuantities(edit.quantities());
        metadataJson = MetadataJson.write(edit.metadata());
        updatedAt = at;
    }

    public void setStatus(SampleStatus status, OffsetDateTime at) {
        this.status = status.wireValue();
        this.updatedAt = at;
    }

    public void touch(OffsetDateTime at) {
        updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String barcode() {
        return barcode;
    }

    public SampleType type() {
        return SampleType.fromWire(type);
    }

    public SampleStatus status() {
        return SampleStatus.fromWire(status);
    }
}
