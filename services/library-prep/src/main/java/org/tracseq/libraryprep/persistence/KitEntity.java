package org.tracseq.libraryprep.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.tracseq.platform.persistence.NullableUuidConverter;

/** A row of {@code kits}: one version of a kit. Enum columns hold wire values as text. */
@Entity
@Table(name = "kits")
public class KitEntity {
    @Id
    private UUID id;

    private String name;

    private int version;

    private String status;

    /** Null until superseded; never inserted (a null uuid would be bound as text, which PostgreSQL refuses). */
    @Column(name = "superseded_by", insertable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID supersededBy;

    private String indexing;

    private String adapter;

    private String layout;

    private String source;

    @Column(name = "imported_at")
    private OffsetDateTime importedAt;

    @Column(name = "imported_by")
    private String importedBy;

    protected KitEntity() {}

    public KitEntity(
            UUID id,
            String name,
            int version,
            String indexing,
            String adapter,
            String layout,
            String source,
            OffsetDateTime importedAt,
            String importedBy) {
        this.id = id;
        this.name = name;
        this.version = version;
        this.status = "current";
        this.indexing = indexing;
        this.adapter = adapter;
        this.layout = layout;
        this.source = source;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int version() {
        return version;
    }

    public String status() {
        return status;
    }

    public UUID supersededBy() {
        return supersededBy;
    }

    public String indexing() {
        return indexing;
    }

    public String adapter() {
        return adapter;
    }

    public String layout() {
        return layout;
    }

    public String source() {
        return source;
    }

    public OffsetDateTime importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }

    public void supersede(UUID by) {
        this.status = "superseded";
        this.supersededBy = by;
    }

    /** A correction of an unused kit: its settings from the corrected file. */
    public void correct(String indexing, String adapter, String layout, String source) {
        this.indexing = indexing;
        this.adapter = adapter;
        this.layout = layout;
        this.source = source;
    }
}
