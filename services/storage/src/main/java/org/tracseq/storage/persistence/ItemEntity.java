package org.tracseq.storage.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of {@code items}: a sample this service has held. Queried by JPQL as a projection together
 * with its placement (see {@link ItemRepository}); written by native statements only.
 */
@Entity
@Table(name = "items")
public class ItemEntity {
    @Id
    @Column(name = "sample_id")
    private UUID sampleId;

    private String barcode;

    @Column(name = "sample_type")
    private String sampleType;

    private String state;

    @Column(name = "freeze_thaw_count")
    private int freezeThawCount;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected ItemEntity() {}
}
