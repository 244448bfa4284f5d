package org.tracseq.storage.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.tracseq.contract.storage.api.StorageApi;
import org.tracseq.contract.storage.model.BoxLayout;
import org.tracseq.contract.storage.model.BoxLayoutEntry;
import org.tracseq.contract.storage.model.CustodyNote;
import org.tracseq.contract.storage.model.LayoutResult;
import org.tracseq.contract.storage.model.MoveRequest;
import org.tracseq.contract.storage.model.PlacementCreate;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;
import org.tracseq.storage.service.Discards;
import org.tracseq.storage.service.StorageService;
import org.tracseq.storage.service.Views;

/** Placing, moving, checking out and in, releasing and discarding samples, and box layouts. */
@Path("")
@RequestScoped
public class StorageResource implements StorageApi {
    /** Timed in the method, not by {@code @Timed} (docs/metrics.md, "Timers"). */
    @Inject
    @Metric(name = "tracseq_storage_place", absolute = true, description = "Time to place one sample")
    Timer placeTimer;

    @Inject
    StorageService storage;

    @Inject
    Discards discards;

    @Inject
    IdempotentRequests idempotency;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response placeSample(PlacementCreate body, String idempotencyKey) {
        try (Timer.Context timed = placeTimer.time()) {
            Bodies.required(body);
            var problems = ValidationProblem.collector();
            StorageService.SampleRef ref = Requests.sample(problems, "", body.getSampleId(), body.getBarcode());
            Requests.position(problems, "position", body.getPosition());
            problems.throwIfAny();
            StorageService.Resolved sample = storage.resolve(ref);
            StorageService.Note note =
                    new StorageService.Note(StorageMapper.condition(body.getCondition()), body.getNote());
            String actor = Actors.of(security);
            return idempotency.once("storage.place", idempotencyKey, body, () -> {
                Views.ItemView placed = storage.place(sample, body.getBoxId(), body.getPosition(), note, actor);
                return Response.created(uriInfo.getBaseUriBuilder()
                                .path("samples")
                                .path(placed.item().sampleId().toString())
                                .build())
                        .entity(StorageMapper.item(placed))
                        .build();
            });
        }
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getStoredSample(UUID sampleId) {
        return Response.ok(StorageMapper.item(storage.view(sampleId))).build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getStoredSampleByBarcode(String barcode) {
        return Response.ok(StorageMapper.item(storage.viewByBarcode(barcode))).build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response moveSample(UUID sampleId, MoveRequest body) {
        Bodies.required(body);
        var problems = ValidationProblem.collector();
        Requests.position(problems, "position", body.getPosition());
        problems.throwIfAny();
        return Response.ok(StorageMapper.item(storage.move(
                        sampleId,
                        body.getBoxId(),
                        body.getPosition(),
                        new StorageService.Note(StorageMapper.condition(body.getCondition()), body.getNote()),
                        Actors.of(security))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response checkOutSample(UUID sampleId, CustodyNote body) {
        return Response.ok(StorageMapper.item(storage.checkOut(sampleId, note(body), Actors.of(security))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response checkInSample(UUID sampleId, CustodyNote body) {
        return Response.ok(StorageMapper.item(storage.checkIn(sampleId, note(body), Actors.of(security))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response releaseSample(UUID sampleId, CustodyNote body) {
        return Response.ok(StorageMapper.item(storage.release(sampleId, note(body), Actors.of(security))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response discardSample(UUID sampleId, CustodyNote body) {
        return Response.ok(StorageMapper.item(discards.discard(sampleId, note(body), Actors.of(security))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response applyBoxLayout(UUID locationId, BoxLayout body) {
        Bodies.required(body);
        List<BoxLayoutEntry> rows = body.getPositions();
        var problems = ValidationProblem.collector();
        List<StorageService.SampleRef> refs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BoxLayoutEntry row = rows.get(i);
            if (row == null) {
                problems.add("positions[" + i + "]", "is empty");
                continue;
            }
            refs.add(Requests.sample(problems, "positions[" + i + "].", row.getSampleId(), row.getBarcode()));
        }
        problems.throwIfAny();
        List<StorageService.LayoutEntry> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            entries.add(new StorageService.LayoutEntry(rows.get(i).getPosition(), storage.resolve(refs.get(i))));
        }
        Views.LayoutOutcome outcome = storage.layout(locationId, entries, body.getNote(), Actors.of(security));
        return Response.ok(new LayoutResult()
                        .placed(outcome.placed())
                        .moved(outcome.moved())
                        .unchanged(outcome.unchanged())
                        .grid(StorageMapper.grid(outcome.grid())))
                .build();
    }

    private static StorageService.Note note(CustodyNote body) {
        if (body == null) {
            return StorageService.Note.NONE;
        }
        return new StorageService.Note(StorageMapper.condition(body.getCondition()), body.getNote());
    }
}
