package org.tracseq.samples.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.tracseq.samples.domain.LineageLink;
import org.tracseq.samples.domain.LineageRelation;
import org.tracseq.samples.domain.Volume;
import org.tracseq.samples.domain.VolumeUnit;

/** A row of {@code sample_lineage}: written once, never changed (a trigger refuses updates). Enums as wire text. */
@Entity
@Table(name = "sample_lineage")
@IdClass(LineageLinkEntity.Key.class)
public class LineageLinkEntity {
    @Id
    @Column(name = "parent_id")
    private UUID parentId;

    @Id
    @Column(name = "child_id")
    private UUID childId;

    private String relation;

    @Column(name = "volume_taken")
    private BigDecimal volumeTaken;

    @Column(name = "volume_unit")
    private String volumeUnit;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected LineageLinkEntity() {}

    public LineageLinkEntity(
            UUID parentId,
            UUID childId,
            LineageRelation relation,
            Volume volumeTaken,
            String actor,
            OffsetDateTime at) {
        this.parentId = parentId;
        this.childId = childId;
        this.relation = relation.wireValue();
        this.volumeTaken = volumeTaken == null ? null : volumeTaken.value();
        this.volumeUnit = volumeTaken == null ? null : volumeTaken.unit().wireValue();
        this.createdBy = actor;
        this.createdAt = at;
    }

    public LineageLink toLink() {
        return new LineageLink(
                parentId,
                childId,
                LineageRelation.fromWire(relation),
                volumeTaken == null ? null : new Volume(volumeTaken, VolumeUnit.fromWire(volumeUnit)),
                createdAt,
                1);
    }

    /** The composite primary key (parent, child). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID parentId;
        private UUID childId;

        public Key() {}

        public Key(UUID parentId, UUID childId) {
            this.parentId = parentId;
            this.childId = childId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other
                    && Objects.equals(parentId, other.parentId)
                    && Objects.equals(childId, other.childId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(parentId, childId);
        }
    }
}
