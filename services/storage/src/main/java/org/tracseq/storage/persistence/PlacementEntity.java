package org.tracseq.storage.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.tracseq.platform.persistence.NullableUuidConverter;

/**
 * A row of {@code placements}: an item in a box's cell (ST-3; the table's primary key is the cell,
 * and {@code sample_id} is unique, so it identifies the row here). Written by native statements
 * only: {@code ON CONFLICT DO NOTHING} and {@code INSERT … SELECT} decide who gets a cell. Its
 * columns are nullable here because an item without a position reads them through a LEFT JOIN.
 */
@Entity
@Table(name = "placements")
public class PlacementEntity {
    @Id
    @Column(name = "sample_id")
    private UUID sampleId;

    @Column(name = "box_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID boxId;

    @Column(name = "row_no")
    private Integer rowNo;

    @Column(name = "col_no")
    private Integer colNo;

    @Column(name = "placed_at")
    private OffsetDateTime placedAt;

    @Column(name = "placed_by")
    private String placedBy;

    protected PlacementEntity() {}
}
