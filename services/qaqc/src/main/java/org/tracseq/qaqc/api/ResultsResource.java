package org.tracseq.qaqc.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tracseq.contract.qaqc.api.ResultsApi;
import org.tracseq.contract.qaqc.model.Outcome;
import org.tracseq.contract.qaqc.model.ResultRequest;
import org.tracseq.contract.qaqc.model.VerificationRequest;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.problem.ValidationProblem;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;
import org.tracseq.qaqc.domain.ResultFilter;
import org.tracseq.qaqc.domain.SubjectRef;
import org.tracseq.qaqc.service.Results;

/** Results over HTTP: recording (QC-1), verifying (QC-3) and reading them. */
@Path("/results")
@RequestScoped
public class ResultsResource implements ResultsApi {
    @Inject
    Results results;

    @Inject
    IdempotentRequests idempotentRequests;

    @Context
    SecurityContext securityContext;

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response recordResult(ResultRequest request, String idempotencyKey) {
        Bodies.required(request);
        // The contract cannot say "an id with its kind, or a barcode, not both".
        boolean byId = request.getSubjectId() != null;
        ValidationProblem.collector()
                .check(
                        byId || request.getBarcode() != null,
                        "barcode",
                        "give the subject's barcode, or subjectId and subjectKind")
                .check(!(byId && request.getBarcode() != null), "barcode", "give either barcode or subjectId, not both")
                .check(!byId || request.getSubjectKind() != null, "subjectKind", "is required with subjectId")
                .throwIfAny();
        SubjectRef subject =
                new SubjectRef(QcMapper.kind(request.getSubjectKind()), request.getSubjectId(), request.getBarcode());
        String actor = Actors.of(securityContext);
        return idempotentRequests.once(
                "qaqc.record-result",
                idempotencyKey,
                request,
                () -> Response.status(Response.Status.CREATED)
                        .entity(QcMapper.result(results.record(
                                subject,
                                request.getMetric(),
                                request.getValue(),
                                request.getInstrument(),
                                request.getNote(),
                                actor)))
                        .build());
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response listResults(
            List<Outcome> outcome,
            OffsetDateTime measuredFrom,
            Boolean awaitingVerification,
            Integer page,
            Integer size) {
        ResultFilter filter = new ResultFilter(
                outcome.stream().map(QcMapper::outcome).collect(Collectors.toSet()),
                measuredFrom == null ? null : measuredFrom.toInstant(),
                Boolean.TRUE.equals(awaitingVerification));
        return Response.ok(QcMapper.results(results.list(filter, PageRequest.inFixedOrder(page, size))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getResult(UUID id) {
        return Response.ok(QcMapper.result(results.find(id))).build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response verifyResult(UUID id, VerificationRequest request, String idempotencyKey) {
        String note = Bodies.required(request).getNote();
        String actor = Actors.of(securityContext);
        return idempotentRequests.once(
                "qaqc.verify-result:" + id,
                idempotencyKey,
                request,
                () -> Response.ok(QcMapper.result(results.verify(id, note, actor)))
                        .build());
    }
}
