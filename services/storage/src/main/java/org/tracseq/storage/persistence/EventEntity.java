package org.tracseq.storage.persistence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.tracseq.platform.persistence.NullableUuidConverter;
import org.tracseq.storage.domain.Event;
import org.tracseq.storage.domain.EventKind;

/**
 * A row of {@code events}, the append-only custody log (ST-8; a trigger refuses UPDATE, DELETE and
 * TRUNCATE). Appended by a native {@code INSERT … RETURNING id}, one round trip.
 */
@Entity
@Table(name = "events")
public class EventEntity {
    @Id
    private long id;

    private String kind;

    @Column(name = "sample_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID sampleId;

    private String barcode;

    @Column(name = "from_box")
    @Convert(converter = NullableUuidConverter.class)
    private UUID fromBox;

    @Column(name = "from_position")
    private String fromPosition;

    @Column(name = "to_box")
    @Convert(converter = NullableUuidConverter.class)
    private UUID toBox;

    @Column(name = "to_position")
    private String toPosition;

    @Column(name = "location_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID locationId;

    /** Every location the event touches. */
    @Basic
    @Convert(converter = UuidArrayConverter.class)
    private List<UUID> locations;

    private String actor;

    private OffsetDateTime at;

    private String condition;

    private String note;

    private String detail;

    protected EventEntity() {}

    public Event toEvent() {
        return new Event(
                id,
                EventKind.fromWire(kind),
                sampleId,
                barcode,
                fromBox,
                fromPosition,
                toBox,
                toPosition,
                locationId,
                actor,
                at.toInstant(),
                condition,
                note,
                detail);
    }
}
