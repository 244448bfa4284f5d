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
import org.tracseq.samples.domain.SampleStatus;
import org.tracseq.samples.domain.StatusChange;

/** A row of {@code sample_status_history}; append-only. Statuses as wire text. */
@Entity
@Table(name = "sample_status_history")
public class StatusChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statusHistoryIds")
    @SequenceGenerator(name = "statusHistoryIds", sequenceName = "sample_status_history_id_seq", allocationSize = 50)
    private long id;

    @Column(name = "sample_id")
    private UUID sampleId;

    @Column(name = "from_status")
    private String fromStatus;

    @Column(name = "to_status")
    private String toStatus;

    private String reason;

    private String actor;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    protected StatusChangeEntity() {}

    public StatusChangeEntity(
            UUID sampleId, SampleStatus from, SampleStatus to, String reason, String actor, OffsetDateTime at) {
        this.sampleId = sampleId;
        this.fromStatus = from == null ? null : from.wireValue();
        this.toStatus = to.wireValue();
        this.reason = reason;
        this.actor = actor;
        this.changedAt = at;
    }

    public StatusChange toStatusChange() {
        return new StatusChange(
                fromStatus == null ? null : SampleStatus.fromWire(fromStatus),
                SampleStatus.fromWire(toStatus),
                reason,
                actor,
                changedAt);
    }
}
