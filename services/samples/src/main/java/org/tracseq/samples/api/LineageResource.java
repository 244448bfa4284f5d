package org.tracseq.samples.api;

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
import java.util.Map;
import java.util.UUID;
import org.tracseq.contract.samples.api.LineageApi;
import org.tracseq.contract.samples.model.AliquotCreate;
import org.tracseq.contract.samples.model.ChildBatchCreate;
import org.tracseq.contract.samples.model.ParentLinkCreate;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;
import org.tracseq.platform.web.ContractConstraints;
import org.tracseq.platform.web.ReportsContractViolations;
import org.tracseq.samples.domain.ChildBatch;
import org.tracseq.samples.domain.ChildDraft;
import org.tracseq.samples.domain.ParentLinkDraft;
import org.tracseq.samples.domain.Sample;
import org.tracseq.samples.domain.SampleType;
import org.tracseq.samples.domain.Violations;
import org.tracseq.samples.service.BarcodeAssignment;
import org.tracseq.samples.service.Operations;
import org.tracseq.samples.service.SampleService;

/** Aliquots, derivations and pools: children, parents and the lineage between them (SM-1, SM-2). */
@Path("")
@RequestScoped
public class LineageResource implements LineageApi {
    @Inject
    SampleService samples;

    @Inject
    BarcodeAssignment barcodes;

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
     * Checks the request and everything the parent must allow (outside any transaction, so a refusal
     * issues no barcode), gets a barcode if none was given, then creates the child once per
     * idempotency key, checking again and taking its volume under the parent's row lock.
     */
    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    @ReportsContractViolations
    public Response createAliquot(UUID sampleId, AliquotCreate body, String idempotencyKey) {
        Violations violations = SampleMapper.violations(constraints.violations(Bodies.required(body)));
        ChildDraft draft = SampleMapper.childDraft(body, violations);
        draft.check(violations);
        violations.throwIfAny();
        SampleType childType =
                draft.typeFrom(samples.checkChild(sampleId, draft).type());
        ChildDraft withBarcode = barcodes.forChild(draft, sampleId, childType, idempotencyKey);
        Response response = idempotency.once(
                Operations.createChild(sampleId),
                idempotencyKey,
                body,
                () -> Responses.created(uriInfo, samples.createChild(sampleId, withBarcode, Actors.of(security))));
        metrics.created(response, 1);
        return response;
    }

    /**
     * A plate's tubes in one request: every row reviewed against its parent outside any transaction
     * (a refusal lists every row's problems and issues no barcode), barcodes issued for the rows
     * without one, one call per child type, then every child created in one transaction, once per idempotency key.
     */
    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    @ReportsContractViolations
    public Response createChildren(ChildBatchCreate body, String idempotencyKey) {
        List<ChildBatch.Row> rows = new ArrayList<>();
        Map<Integer, Violations> readProblems =
                SampleMapper.children(body, constraints.violations(Bodies.required(body)), rows);
        Map<UUID, Sample> parents =
                samples.find(rows.stream().map(ChildBatch.Row::parentId).toList());
        ChildBatch batch = ChildBatch.review(rows, readProblems, parents);
        barcodes.checkOwn(batch);
        if (batch.hasProblems()) {
            // A retry of a request that succeeded is answered again, though the volume and barcodes it
            // took are gone now; any other refusal leaves the key free.
            return idempotency.once(Operations.CREATE_CHILDREN, idempotencyKey, body, () -> {
                throw batch.rejection();
            });
        }
        ChildBatch withBarcodes = barcodes.forChildren(batch, parents, idempotencyKey);
        Response response = idempotency.once(
                Operations.CREATE_CHILDREN,
                idempotencyKey,
                body,
                () -> Response.status(201)
                        .entity(SampleMapper.toContract(samples.createChildren(withBarcodes, Actors.of(security))))
                        .build());
        metrics.created(response, rows.size());
        return response;
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response listChildren(UUID sampleId, Integer page, Integer size) {
        // Oldest link first, always: the contract offers no sort here.
        return Response.ok(SampleMapper.toContract(samples.children(sampleId, PageRequest.inFixedOrder(page, size))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    @ReportsContractViolations
    public Response addParent(UUID sampleId, ParentLinkCreate body) {
        Violations violations = SampleMapper.violations(constraints.violations(Bodies.required(body)));
        ParentLinkDraft link = SampleMapper.parentLink(body, violations);
        link.check(violations);
        violations.throwIfAny();
        return Response.status(201)
                .entity(SampleMapper.toContract(samples.addParent(sampleId, link, Actors.of(security))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getLineage(UUID sampleId) {
        return Response.ok(SampleMapper.toContract(samples.lineage(sampleId))).build();
    }
}
