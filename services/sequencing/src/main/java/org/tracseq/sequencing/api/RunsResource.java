package org.tracseq.sequencing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.tracseq.contract.sequencing.api.RunsApi;
import org.tracseq.contract.sequencing.model.DemultiplexImport;
import org.tracseq.contract.sequencing.model.LaneAssignment;
import org.tracseq.contract.sequencing.model.RunCreate;
import org.tracseq.contract.sequencing.model.RunStatusChange;
import org.tracseq.contract.sequencing.model.RunSummaryImport;
import org.tracseq.contract.sequencing.model.SampleSheetList;
import org.tracseq.contract.sequencing.model.SampleSheetRequest;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.problem.RuleViolation;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;
import org.tracseq.sequencing.domain.SequencingStatus;
import org.tracseq.sequencing.domain.StoredSheet;
import org.tracseq.sequencing.service.Imports;
import org.tracseq.sequencing.service.Runs;
import org.tracseq.sequencing.service.Sheets;

/** Runs over HTTP: planning, status moves, the lane check, sample sheets and the imports after the run. */
@Path("/runs")
@RequestScoped
public class RunsResource implements RunsApi {
    /** Timed in the method, not by {@code @Timed} (docs/metrics.md, "Timers"). */
    @Inject
    @Metric(name = "tracseq_sequencing_lane_check", absolute = true, description = "Time to check a run's lanes")
    Timer laneCheckTimer;

    @Inject
    @Metric(
            name = "tracseq_sequencing_sheet_generate",
            absolute = true,
            description = "Time to check the lanes and generate and store a sample sheet")
    Timer sheetTimer;

    @Inject
    Runs runs;

    @Inject
    Sheets sheets;

    @Inject
    Imports imports;

    @Inject
    IdempotentRequests idempotentRequests;

    @Context
    SecurityContext securityContext;

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response createRun(RunCreate request, String idempotencyKey) {
        Bodies.required(request);
        Map<Integer, UUID> lanes = new TreeMap<>();
        for (LaneAssignment lane : request.getLanes()) {
            if (lanes.put(lane.getLane(), lane.getPoolId()) != null) {
                throw RuleViolation.unprocessable(
                        "SQ-PLATFORMS", "Lane " + lane.getLane() + " is given twice; a lane holds one pool");
            }
        }
        String actor = Actors.of(securityContext);
        Runs.Plan plan = new Runs.Plan(
                request.getName(),
                request.getInstrumentId(),
                request.getReadStructure(),
                SequencingMapper.priority(request.getPriority()),
                request.getFlowCellId(),
                SequencingMapper.mismatches(request.getMismatches()),
                lanes);
        return idempotentRequests.once(
                "sequencing.create-run",
                idempotencyKey,
                request,
                () -> Response.status(Response.Status.CREATED)
                        .entity(SequencingMapper.run(runs.create(plan, actor)))
                        .build());
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getRun(UUID runId) {
        return Response.ok(SequencingMapper.run(runs.find(runId))).build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response changeRunStatus(UUID runId, RunStatusChange request) {
        Bodies.required(request);
        // QC-4: only a principal investigator, or a role above, may queue a run whose pool failed its own QC.
        boolean mayOverride = securityContext.isUserInRole(Roles.PRINCIPAL_INVESTIGATOR)
                || securityContext.isUserInRole(Roles.LAB_ADMINISTRATOR);
        return Response.ok(SequencingMapper.run(runs.move(
                        runId,
                        new Runs.Move(
                                SequencingStatus.valueOf(request.getStatus().name()),
                                request.getFlowCellId(),
                                request.getReason(),
                                request.getQcOverride() == null
                                        ? null
                                        : request.getQcOverride().getReason(),
                                mayOverride),
                        Actors.of(securityContext))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response checkRunLanes(UUID runId) {
        try (Timer.Context timed = laneCheckTimer.time()) {
            Sheets.Check check = sheets.check(runId);
            return Response.ok(SequencingMapper.laneCheck(check, runs.poolQcShown(check.run())))
                    .build();
        }
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response generateSampleSheet(UUID runId, SampleSheetRequest request, String idempotencyKey) {
        try (Timer.Context timed = sheetTimer.time()) {
            Bodies.required(request);
            String actor = Actors.of(securityContext);
            return idempotentRequests.once(
                    "sequencing.generate-sheet:" + runId,
                    idempotencyKey,
                    request,
                    () -> Response.status(Response.Status.CREATED)
                            .entity(SequencingMapper.sheet(sheets.generate(
                                    runId,
                                    SequencingMapper.sheetVersion(request.getSheetVersion()),
                                    request.getOverride() == null
                                            ? null
                                            : request.getOverride().getReason(),
                                    actor)))
                            .build());
        }
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response listSampleSheets(UUID runId) {
        return Response.ok(new SampleSheetList()
                        .items(sheets.ofRun(runId).stream()
                                .map(SequencingMapper::sheet)
                                .toList()))
                .build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response downloadSampleSheet(UUID runId, Integer version) {
        StoredSheet sheet = sheets.find(runId, version);
        return Response.ok(sheet.content().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"SampleSheet.csv\"")
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response importRunSummary(UUID runId, RunSummaryImport request, String idempotencyKey) {
        Bodies.required(request);
        String actor = Actors.of(securityContext);
        return idempotentRequests.once(
                "sequencing.import-summary:" + runId,
                idempotencyKey,
                request,
                () -> Response.status(Response.Status.CREATED)
                        .entity(SequencingMapper.summary(
                                imports.importSummary(runId, SequencingMapper.summaryLanes(request.getLanes()), actor)))
                        .build());
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getRunSummary(UUID runId) {
        return Response.ok(SequencingMapper.summary(imports.summary(runId))).build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response importDemultiplexing(UUID runId, DemultiplexImport request, String idempotencyKey) {
        Bodies.required(request);
        String actor = Actors.of(securityContext);
        return idempotentRequests.once(
                "sequencing.import-demultiplexing:" + runId,
                idempotencyKey,
                request,
                () -> Response.status(Response.Status.CREATED)
                        .entity(SequencingMapper.demultiplexing(imports.importDemultiplexing(
                                runId, request.getDemultiplexStats(), request.getTopUnknownBarcodes(), actor)))
                        .build());
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getDemultiplexing(UUID runId) {
        return Response.ok(SequencingMapper.demultiplexing(imports.demultiplexing(runId)))
                .build();
    }
}
