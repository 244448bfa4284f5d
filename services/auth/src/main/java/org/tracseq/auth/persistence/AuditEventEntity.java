package org.tracseq.auth.persistence;

import static org.tracseq.platform.persistence.NativeValues.instant;
import static org.tracseq.platform.persistence.NativeValues.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.tracseq.auth.domain.AuditEvent;
import org.tracseq.auth.domain.AuditEventType;

/**
 * A row of {@code audit_events} (AU-4); append-only, a trigger refuses every change. The id is the
 * column's identity ({@code GENERATED ALWAYS}), so it is never sent.
 */
@Entity
@Table(name = "audit_events")
public class AuditEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "type")
    private String eventType;

    @Column(name = "at")
    private OffsetDateTime occurredAt;

    private String actor;

    @Column(name = "actor_id")
    private String actorId;

    private String subject;

    @Column(name = "subject_id")
    private String subjectId;

    private String ip;

    @Column(name = "request_id")
    private String requestId;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    private String reason;

    private String detail;

    protected AuditEventEntity() {}

    static AuditEventEntity of(AuditEvent event) {
        AuditEventEntity entity = new AuditEventEntity();
        entity.eventType = event.type().wireValue();
        entity.occurredAt = utc(event.at());
        entity.actor = event.actor();
        entity.actorId = event.actorId();
        entity.subject = event.subject();
        entity.subjectId = event.subjectId();
        entity.ip = event.ip();
        entity.requestId = event.requestId();
        entity.oldValue = event.oldValue();
        entity.newValue = event.newValue();
        entity.reason = event.reason();
        entity.detail = event.detail();
        return entity;
    }

    AuditEvent toEvent() {
        return new AuditEvent(
                id,
                AuditEventType.valueOf(eventType.toUpperCase(Locale.ROOT)),
                instant(occurredAt),
                actor,
                actorId,
                subject,
                subjectId,
                ip,
                requestId,
                oldValue,
                newValue,
                reason,
                detail);
    }
}
