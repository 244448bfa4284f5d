package org.tracseq.samples.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.tracseq.samples.domain.AuditAction;
import org.tracseq.samples.domain.AuditEntry;

/** A row of {@code sample_audit}; append-only. */
@Entity
@Table(name = "sample_audit")
public class AuditEntryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "auditIds")
    @SequenceGenerator(name = "auditIds", sequenceName = "sample_audit_id_seq", allocationSize = 50)
    private long id;

    @Column(name = "sample_id")
    private UUID sampleId;

    private String action;

    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    private String reason;

    private String actor;

    @Column(name = "recorded_at")
    private OffsetDateTime at;

    protected AuditEntryEntity() {}

    public AuditEntryEntity(
            UUID sampleId,
            AuditAction action,
            String field,
            String oldValue,
            String newValue,
            String reason,
            String actor,
            OffsetDateTime at) {
        this.sampleId = sampleId;
        this.action = action.wireValue();
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
        this.actor = actor;
        this.at = at;
    }

    public AuditEntry toEntry() {
        return new AuditEntry(id, sampleId, AuditAction.fromWire(action), field, oldValue, newValue, reason, actor, at);
    }
}
