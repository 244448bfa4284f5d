package org.tracseq.samples.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.tracseq.samples.domain.AuditAction;
import org.tracseq.samples.domain.SampleStatus;
import org.tracseq.samples.persistence.AuditEntryEntity;
import org.tracseq.samples.persistence.HistoryRepository;
import org.tracseq.samples.persistence.MetadataJson;
import org.tracseq.samples.persistence.StatusChangeEntity;

/**
 * Writes what happened to a sample into the status history and the audit trail, in the caller's
 * transaction, so a change and its record commit or fail together.
 */
@ApplicationScoped
public class AuditTrail {
    @Inject
    HistoryRepository history;

    /** Who did it, when, and (optionally) why: the part every record of one request shares. */
    public record Act(String actor, OffsetDateTime at, String reason) {
        public Act withReason(String why) {
            return new Act(actor, at, why);
        }
    }

    public void registered(UUID sampleId, String barcode, Act act) {
        history.add(
                new StatusChangeEntity(sampleId, null, SampleStatus.initial(), act.reason(), act.actor(), act.at()));
        record(sampleId, AuditAction.CREATED, "barcode", null, barcode, act);
    }

    public void statusChanged(UUID sampleId, SampleStatus from, SampleStatus to, Act act) {
        history.add(new StatusChangeEntity(sampleId, from, to, act.reason(), act.actor(), act.at()));
        record(sampleId, AuditAction.STATUS_CHANGED, "status", from.wireValue(), to.wireValue(), act);
    }

    public void record(UUID sampleId, AuditAction action, String field, Object oldValue, Object newValue, Act act) {
        history.add(new AuditEntryEntity(
                sampleId, action, field, text(oldValue), text(newValue), act.reason(), act.actor(), act.at()));
    }

    /** Values as a person reads them: {@code 50 ul}, {@code dna}, metadata as JSON. */
    @SuppressWarnings("unchecked")
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            return MetadataJson.write((Map<String, Object>) map);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(java.util.Locale.ROOT);
        }
        return value.toString();
    }
}
