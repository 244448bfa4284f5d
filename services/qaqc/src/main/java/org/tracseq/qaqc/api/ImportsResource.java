package org.tracseq.qaqc.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.tracseq.contract.qaqc.api.ImportsApi;
import org.tracseq.contract.qaqc.model.ImportRequest;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;
import org.tracseq.qaqc.service.Imports;

/** Instrument files over HTTP, all or nothing. */
@Path("/imports")
@RequestScoped
public class ImportsResource implements ImportsApi {
    @Inject
    Imports imports;

    @Inject
    IdempotentRequests idempotentRequests;

    @Context
    SecurityContext securityContext;

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response importInstrumentFile(ImportRequest request, String idempotencyKey) {
        Bodies.required(request);
        String actor = Actors.of(securityContext);
        return idempotentRequests.once(
                "qaqc.import",
                idempotencyKey,
                request,
                () -> Response.status(Response.Status.CREATED)
                        .entity(QcMapper.report(imports.importFile(
                                QcMapper.format(request.getFormat()),
                                request.getFileName(),
                                request.getInstrument(),
                                request.getContent(),
                                actor)))
                        .build());
    }
}
