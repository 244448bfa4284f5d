package org.tracseq.libraryprep.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code plates}. */
@Entity
@Table(name = "plates")
public class PlateEntity {
    @Id
    private UUID id;

    private String name;

    private int format;

    @Column(name = "kit_id")
    private UUID kitId;

    private String protocol;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected PlateEntity() {}

    public PlateEntity(
            UUID id, String name, int format, UUID kitId, String protocol, OffsetDateTime createdAt, String createdBy) {
        this.id = id;
        this.name = name;
        this.format = format;
        this.kitId = kitId;
        this.protocol = protocol;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int format() {
        return format;
    }

    public UUID kitId() {
        return kitId;
    }

    public String protocol() {
        return protocol;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
