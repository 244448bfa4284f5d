package org.tracseq.libraryprep.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code audit_log}, append-only: who changed which kit, library or plate, how, when. */
@Entity
@Table(name = "audit_log")
public class AuditEntity {
    @Id
    private UUID id;

    private OffsetDateTime at;

    private String actor;

    private String entity;

    @Column(name = "entity_id")
    private UUID entityId;

    private String action;

    private String detail;

    protected AuditEntity() {}

    public AuditEntity(OffsetDateTime at, String actor, String entity, UUID entityId, String action, String detail) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.actor = actor;
        this.entity = entity;
        this.entityId = entityId;
        this.action = action;
        this.detail = detail;
    }
}
