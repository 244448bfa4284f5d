package org.tracseq.samples.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.tracseq.contract.samples.api.SamplesApi;
import org.tracseq.contract.samples.model.SampleBatchCreate;
import org.tracseq.contract.samples.model.SampleCreate;
import org.tracseq.contract.samples.model.SamplePatch;
import org.tracseq.contract.samples.model.SampleStatus;
import org.tracseq.contract.samples.model.SampleType;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;
import org.tracseq.platform.web.ContractConstraints;
import org.tracseq.platform.web.ReportsContractViolations;
import org.tracseq.samples.domain.BatchIntake;
import org.tracseq.samples.domain.Quantities;
import org.tracseq.samples.domain.Sample;
import org.tracseq.samples.domain.SampleDraft;
import org.tracseq.samples.domain.SampleFilter;
import org.tracseq.samples.domain.SampleRules;
import org.tracseq.samples.domain.Violations;
import org.tracseq.samples.service.BarcodeAssignment;
import org.tracseq.samples.service.BatchRegistration;
import org.tracseq.samples.service.Operations;
import org.tracseq.samples.service.SampleService;
import org.tracseq.samples.service.StatusChanges;

/**
 * Registering, finding, changing, deleting and exporting samples. Each resource repeats its
 * interface's class-level {@code @Path}: JAX-RS discovers resources by it and does not inherit it.
 */
@Path("")
@RequestScoped
public class SampleResource implements SamplesApi {
    /** Timed in the method, not by {@code @Timed} (docs/metrics.md, "Timers"). */
    @Inject
    @Metric(
            name = "tracseq_samples_create",
            absolute = true,
            description = "Time to register one sample, barcode issue included")
    Timer createTimer;

    private static final String DEFAULT_SORT = "createdAt,desc";
    private static final int EXPORT_PAGE_SIZE = 500;
    private static final List<String> CSV_HEADER = List.of(
            "id",
            "barcode",
            "name",
            "type",
            "status",
            "initialVolume",
            "availableVolume",
            "volumeUnit",
            "concentration",
            "concentrationUnit",
            "description",
            "createdAt",
            "updatedAt");

    @Inject
    SampleService samples;

    @Inject
    BarcodeAssignment barcodes;

    @Inject
    BatchRegistration batches;

    @Inject
    StatusChanges statusChanges;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    ContractConstraints constraints;

    @Inject
    SampleMetrics metrics;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    /**
     * Checks the request and its idempotency key, gets a barcode if none was given (outside any transaction), then
     * registers the sample once per idempotency key.
     */
    @Override
    @RolesAllowed(Roles.RESEARCH_SCIENTIST)
    @ReportsContractViolations
    public Response createSample(SampleCreate body, String idempotencyKey) {
        try (Timer.Context timed = createTimer.time()) {
            Violations violations = SampleMapper.violations(constraints.violations(Bodies.required(body)));
            SampleDraft draft = SampleMapper.draft(body, violations);
            Quantities quantities = SampleRules.check(draft, violations);
            violations.throwIfAny();
            SampleDraft withBarcode = barcodes.forSample(draft, idempotencyKey);
            Response response = idempotency.once(
                    Operations.CREATE,
                    idempotencyKey,
                    body,
                    () -> Responses.created(uriInfo, samples.register(withBarcode, quantities, actor())));
            metrics.created(response, 1);
            return response;
        }
    }

    /**
     * Has the batch reviewed and its missing barcodes issued (outside any transaction), then
     * registers it once per idempotency key.
     */
    @Override
    @RolesAllowed(Roles.RESEARCH_SCIENTIST)
    @ReportsContractViolations
    public Response createSampleBatch(SampleBatchCreate body, String idempotencyKey) {
        BatchRegistration.Request request = SampleMapper.batch(body, constraints.violations(Bodies.required(body)));
        BatchIntake ready = batches.prepare(request, idempotencyKey);
        AtomicInteger created = new AtomicInteger();
        Response response = idempotency.once(Operations.CREATE_BATCH, idempotencyKey, body, () -> {
            SampleService.BatchOutcome outcome = samples.registerBatch(ready, request.atomic(), actor());
            created.set(outcome.created().size());
            return Response.status(201).entity(SampleMapper.toContract(outcome)).build();
        });
        metrics.created(response, created.get());
        return response;
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getSample(UUID sampleId) {
        return Response.ok(SampleMapper.toContract(samples.get(sampleId))).build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getSampleByBarcode(String barcode) {
        return Response.ok(SampleMapper.toContract(samples.getByBarcode(barcode)))
                .build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response listSamples(
            List<UUID> id,
            List<String> barcode,
            List<SampleStatus> status,
            List<SampleType> type,
            String q,
            OffsetDateTime createdFrom,
            OffsetDateTime createdTo,
            Integer page,
            Integer size,
            String sort) {
        SampleFilter filter = filter(id, barcode, status, type, q, createdFrom, createdTo);
        PageRequest pageRequest = PageRequest.of(page, size, sort, SampleFilter.SORTABLE, DEFAULT_SORT);
        return Response.ok(SampleMapper.toContract(samples.list(filter, pageRequest)))
                .build();
    }

    @Override
    @RolesAllowed(Roles.DATA_ANALYST)
    public Response exportSamples(
            List<SampleStatus> status,
            List<SampleType> type,
            String q,
            OffsetDateTime createdFrom,
            OffsetDateTime createdTo,
            String sort) {
        SampleFilter filter = filter(List.of(), List.of(), status, type, q, createdFrom, createdTo);
        PageRequest firstPage = PageRequest.of(0, EXPORT_PAGE_SIZE, sort, SampleFilter.SORTABLE, DEFAULT_SORT);
        StreamingOutput csv = output -> {
            var writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            CsvWriter rows = new CsvWriter(writer);
            rows.row(CSV_HEADER);
            samples.forEach(filter, firstPage, sample -> Responses.unchecked(() -> rows.row(csvRow(sample))));
            writer.flush();
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"samples.csv\"")
                .build();
    }

    private static List<String> csvRow(Sample sample) {
        Quantities quantities = sample.quantities();
        return List.of(
                sample.id().toString(),
                sample.barcode(),
                CsvWriter.text(sample.name()),
                sample.type().wireValue(),
                sample.status().wireValue(),
                quantities.initial() == null ? "" : quantities.initial().value().toPlainString(),
                quantities.available() == null
                        ? ""
                        : quantities.available().value().toPlainString(),
                quantities.initial() == null ? "" : quantities.initial().unit().wireValue(),
                quantities.concentration() == null
                        ? ""
                        : quantities.concentration().value().toPlainString(),
                quantities.concentration() == null
                        ? ""
                        : quantities.concentration().unit().wireValue(),
                sample.description() == null ? "" : CsvWriter.text(sample.description()),
                sample.createdAt().toString(),
                sample.updatedAt().toString());
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response updateSample(UUID sampleId, SamplePatch samplePatch) {
        // MergePatchCapture reads every SamplePatch body as a MergePatch, raw JSON included.
        JsonObject raw = ((MergePatchCapture.MergePatch) Bodies.required(samplePatch)).raw();
        Violations violations = new Violations();
        var changes = SampleMapper.changes(raw, samplePatch, violations);
        violations.throwIfAny();
        return Response.ok(SampleMapper.toContract(samples.update(sampleId, changes, actor())))
                .build();
    }

    @Override
    @RolesAllowed(Roles.PRINCIPAL_INVESTIGATOR)
    public Response deleteSample(UUID sampleId, String reason) {
        return Response.ok(SampleMapper.toContract(statusChanges.delete(sampleId, reason, actor())))
                .build();
    }

    private static SampleFilter filter(
            List<UUID> ids,
            List<String> barcodes,
            List<SampleStatus> status,
            List<SampleType> type,
            String q,
            OffsetDateTime createdFrom,
            OffsetDateTime createdTo) {
        Violations violations = new Violations();
        if (createdFrom != null && createdTo != null && !createdFrom.isBefore(createdTo)) {
            violations.field("createdTo", "must be after createdFrom");
        }
        violations.throwIfAny();
        return SampleMapper.filter(ids, barcodes, status, type, q, createdFrom, createdTo);
    }

    private String actor() {
        return Actors.of(security);
    }
}
