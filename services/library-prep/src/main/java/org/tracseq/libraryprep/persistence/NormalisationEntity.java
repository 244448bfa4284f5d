package org.tracseq.libraryprep.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.tracseq.libraryprep.domain.NormalisationStep;

/** A row of {@code normalisations}, append-only. */
@Entity
@Table(name = "normalisations")
public class NormalisationEntity {
    @Id
    private UUID id;

    @Column(name = "library_id")
    private UUID libraryId;

    @Column(name = "from_concentration_ng_per_ul")
    private BigDecimal fromConcentrationNgPerUl;

    @Column(name = "from_volume_ul")
    private BigDecimal fromVolumeUl;

    @Column(name = "to_concentration_ng_per_ul")
    private BigDecimal toConcentrationNgPerUl;

    @Column(name = "to_volume_ul")
    private BigDecimal toVolumeUl;

    @Column(name = "diluent_ul")
    private BigDecimal diluentUl;

    @Column(name = "molarity_nm")
    private BigDecimal molarityNm;

    private String note;

    private OffsetDateTime at;

    @Column(name = "by_actor")
    private String byActor;

    protected NormalisationEntity() {}

    public NormalisationEntity(NormalisationStep step) {
        id = step.id();
        libraryId = step.libraryId();
        fromConcentrationNgPerUl = step.fromConcentrationNgPerUl();
        fromVolumeUl = step.fromVolumeUl();
        toConcentrationNgPerUl = step.toConcentrationNgPerUl();
        toVolumeUl = step.toVolumeUl();
        diluentUl = step.diluentUl();
        molarityNm = step.molarityNm();
        note = step.note();
        at = step.at();
        byActor = step.by();
    }

    public NormalisationStep toStep() {
        return new NormalisationStep(
                id,
                libraryId,
                fromConcentrationNgPerUl,
                fromVolumeUl,
                toConcentrationNgPerUl,
                toVolumeUl,
                diluentUl,
                molarityNm,
                note,
                at,
                byActor);
    }
}
