package org.tracseq.samples.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.tracseq.platform.events.Outbox;
import org.tracseq.samples.domain.LineageRelation;
import org.tracseq.samples.domain.Sample;
import org.tracseq.samples.domain.SampleStatus;
import org.tracseq.samples.domain.Volume;

/**
 * What other services learn of samples ({@code samples.sample.*}, aggregate = the sample id),
 * published through the outbox in the caller's transaction, so an event exists exactly when its
 * change does. Payloads carry what a consumer acts on, never the whole sample; their schemas are in
 * {@code openapi/events.asyncapi.yaml}.
 */
@ApplicationScoped
public class SampleEvents {
    @Inject
    Outbox outbox;

    /** An amount as events carry it: {@code {"value": 50, "unit": "ul"}}. */
    public record Amount(BigDecimal value, String unit) {
        static Amount of(Volume volume) {
            return volume == null
                    ? null
                    : new Amount(volume.value(), volume.unit().wireValue());
        }
    }

    public record Registered(
            UUID sampleId, String barcode, String name, String type, String status, Amount initialVolume) {}

    public record StatusChanged(UUID sampleId, String barcode, String from, String to, String reason) {}

    public record ParentLinked(UUID childId, UUID parentId, String relation, Amount volume) {}

    /** One changed field; values as the audit trail writes them ({@code 50 ul}, {@code dna}). */
    public record Change(String field, String from, String to) {
        static Change of(String field, Object from, Object to) {
            return new Change(field, AuditTrail.text(from), AuditTrail.text(to));
        }
    }

    public record Updated(UUID sampleId, List<Change> changes) {}

    void registered(Sample sample, String actor) {
        outbox.publish(
                "samples.sample.registered",
                sample.id().toString(),
                new Registered(
                        sample.id(),
                        sample.barcode(),
                        sample.name(),
                        sample.type().wireValue(),
                        sample.status().wireValue(),
                        Amount.of(sample.quantities().initial())),
                actor);
    }

    void statusChanged(Sample sample, SampleStatus from, String reason, String actor) {
        outbox.publish(
                "samples.sample.status_changed",
                sample.id().toString(),
                new StatusChanged(
                        sample.id(),
                        sample.barcode(),
                        from.wireValue(),
                        sample.status().wireValue(),
                        reason),
                actor);
    }

    void parentLinked(UUID childId, UUID parentId, LineageRelation relation, Volume volume, String actor) {
        outbox.publish(
                "samples.sample.parent_linked",
                childId.toString(),
                new ParentLinked(childId, parentId, relation.wireValue(), Amount.of(volume)),
                actor);
    }

    void availableVolumeChanged(UUID sampleId, Volume before, Volume after, String actor) {
        updated(sampleId, List.of(Change.of("availableVolume", before, after)), actor);
    }

    void updated(UUID sampleId, List<Change> changes, String actor) {
        outbox.publish("samples.sample.updated", sampleId.toString(), new Updated(sampleId, changes), actor);
    }
}
