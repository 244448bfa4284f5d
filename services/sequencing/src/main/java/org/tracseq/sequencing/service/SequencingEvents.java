package org.tracseq.sequencing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.tracseq.platform.events.Outbox;
import org.tracseq.sequencing.domain.Instrument;
import org.tracseq.sequencing.domain.Pool;
import org.tracseq.sequencing.domain.Run;
import org.tracseq.sequencing.domain.SequencingStatus;
import org.tracseq.sequencing.domain.StoredSheet;

/**
 * What other services learn of sequencing ({@code sequencing.*}), through the outbox in the
 * caller's transaction. An instrument's events have the instrument as aggregate, a pool's the pool; a run's events have the run as aggregate; every one names the run's source
 * samples, so the samples service moves them (SM-STATUS) without asking. {@code completed} and
 * {@code failed} are also published on their own, for whoever waits only for the end of a run.
 * Schemas: {@code openapi/events.asyncapi.yaml}.
 */
@ApplicationScoped
public class SequencingEvents {
    @Inject
    Outbox outbox;

    public record InstrumentChanged(
            UUID instrumentId,
            String name,
            String serialNumber,
            String platform,
            int capacity,
            String status,
            String reason) {}

    public record PoolCreated(UUID poolId, String name, List<UUID> libraryIds, boolean qcOverridden) {}

    public record RunCreated(
            UUID runId, String name, UUID instrumentId, String platform, String readStructure, List<UUID> sampleIds) {}

    public record RunStatusChanged(
            UUID runId,
            UUID instrumentId,
            String from,
            String to,
            String flowCellId,
            String reason,
            List<UUID> sampleIds) {}

    public record SheetGenerated(
            UUID runId,
            int version,
            String sheetVersion,
            String inputsHash,
            String generatorVersion,
            boolean overridden) {}

    public record DemultiplexingImported(
            UUID runId, int sheetVersion, long reads, int librariesUnderHalf, int unknownNamed) {}

    /** {@code sequencing.instrument.registered} or {@code .status_changed}: the instrument as it now is. */
    void instrumentChanged(String type, Instrument instrument, String reason, String actor) {
        outbox.publish(
                "sequencing.instrument." + type,
                instrument.id().toString(),
                new InstrumentChanged(
                        instrument.id(),
                        instrument.name(),
                        instrument.serialNumber(),
                        instrument.platform().name().toLowerCase(Locale.ROOT),
                        instrument.capacity(),
                        instrument.state().wireName(),
                        reason),
                actor);
    }

    void poolCreated(Pool pool) {
        outbox.publish(
                "sequencing.pool.created",
                pool.id().toString(),
                new PoolCreated(
                        pool.id(),
                        pool.name(),
                        pool.libraries().stream().map(p -> p.library().id()).toList(),
                        pool.overrideReason() != null),
                pool.createdBy());
    }

    void runCreated(Run run, List<UUID> sampleIds) {
        outbox.publish(
                "sequencing.run.created",
                run.id().toString(),
                new RunCreated(
                        run.id(),
                        run.name(),
                        run.instrumentId(),
                        run.platform().name().toLowerCase(Locale.ROOT),
                        run.reads().toString(),
                        sampleIds),
                run.createdBy());
    }

    void statusChanged(
            Run before, SequencingStatus to, String flowCellId, String reason, List<UUID> sampleIds, String actor) {
        RunStatusChanged change = new RunStatusChanged(
                before.id(),
                before.instrumentId(),
                before.status().wireName(),
                to.wireName(),
                flowCellId,
                reason,
                sampleIds);
        outbox.publish("sequencing.run.status_changed", before.id().toString(), change, actor);
        if (to == SequencingStatus.COMPLETED || to == SequencingStatus.FAILED) {
            outbox.publish("sequencing.run." + to.wireName(), before.id().toString(), change, actor);
        }
    }

    void sheetGenerated(StoredSheet sheet) {
        outbox.publish(
                "sequencing.sheet.generated",
                sheet.runId().toString(),
                new SheetGenerated(
                        sheet.runId(),
                        sheet.version(),
                        sheet.sheetVersion().name().toLowerCase(Locale.ROOT),
                        sheet.inputsHash(),
                        sheet.generatorVersion(),
                        sheet.overrideReason() != null),
                sheet.createdBy());
    }

    void demultiplexingImported(DemultiplexingImported imported, String actor) {
        outbox.publish("sequencing.demux.imported", imported.runId().toString(), imported, actor);
    }
}
