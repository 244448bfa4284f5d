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
import org.tracseq.storage.domain.Location;
import org.tracseq.storage.domain.LocationKind;
import org.tracseq.storage.domain.TemperatureZone;

/**
 * A row of {@code locations}, read as the domain's {@link Location}. Rows are written only by the
 * repository's native statements (the path is a uuid[], the counters move by one ordered
 * statement), so this class has no setters. Kind and zone hold their wire values as text.
 */
@Entity
@Table(name = "locations")
public class LocationEntity {
    @Id
    private UUID id;

    private String kind;

    private String name;

    @Column(name = "parent_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID parentId;

    @Basic
    @Convert(converter = UuidArrayConverter.class)
    private List<UUID> path;

    private int depth;

    private String zone;

    @Column(name = "box_rows")
    private Integer boxRows;

    @Column(name = "box_columns")
    private Integer boxColumns;

    @Column(name = "geometry_locked")
    private boolean geometryLocked;

    private int capacity;

    private int occupied;

    private String description;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected LocationEntity() {}

    public Location toLocation() {
        return new Location(
                id,
                LocationKind.fromWire(kind),
                name,
                parentId,
                List.copyOf(path),
                TemperatureZone.fromWire(zone),
                boxRows,
                boxColumns,
                geometryLocked,
                capacity,
                occupied,
                description,
                createdAt.toInstant(),
                createdBy);
    }
}
