package org.tracseq.storage.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.tracseq.contract.storage.api.CustodyApi;
import org.tracseq.contract.storage.model.ReceiptCreate;
import org.tracseq.contract.storage.model.ReceiptOutcome;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;
import org.tracseq.storage.service.LocationService;
import org.tracseq.storage.service.StorageService;

/** The chain of custody (ST-8): per sample, per location, and receipts. */
@Path("")
@RequestScoped
public class CustodyResource implements CustodyApi {
    @Inject
    StorageService storage;

    @Inject
    LocationService locations;

    @Context
    SecurityContext security;

    @Override
    @RolesAllowed(Roles.DATA_ANALYST)
    public Response getSampleCustody(UUID sampleId, Integer page, Integer size) {
        return Response.ok(StorageMapper.events(storage.custody(sampleId, PageRequest.inFixedOrder(page, size))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.DATA_ANALYST)
    public Response getLocationCustody(UUID locationId, Integer page, Integer size) {
        return Response.ok(StorageMapper.events(locations.custody(locationId, PageRequest.inFixedOrder(page, size))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response recordReceipt(ReceiptCreate body) {
        Bodies.required(body);
        var problems = ValidationProblem.collector();
        StorageService.SampleRef ref = Requests.sample(problems, "", body.getSampleId(), body.getBarcode());
        problems.throwIfAny();
        var event = storage.receive(
                ref,
                body.getOutcome() == ReceiptOutcome.FAILED,
                new StorageService.Note(StorageMapper.condition(body.getCondition()), body.getNote()),
                Actors.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(StorageMapper.event(event))
                .build();
    }
}
