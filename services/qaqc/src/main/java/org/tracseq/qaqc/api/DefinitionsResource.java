package org.tracseq.qaqc.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.tracseq.contract.qaqc.api.DefinitionsApi;
import org.tracseq.contract.qaqc.model.AppliesTo;
import org.tracseq.contract.qaqc.model.DefinitionChange;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;
import org.tracseq.qaqc.service.Definitions;

/** Metric definitions over HTTP (QC-1, QC-2). */
@Path("/definitions")
@RequestScoped
public class DefinitionsResource implements DefinitionsApi {
    @Inject
    Definitions definitions;

    @Inject
    IdempotentRequests idempotentRequests;

    @Context
    SecurityContext securityContext;

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response listDefinitions(String metric) {
        return Response.ok(QcMapper.definitions(definitions.current(Optional.ofNullable(metric))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response listDefinitionVersions(String metric, AppliesTo appliesTo) {
        return Response.ok(QcMapper.definitions(definitions.versions(metric, appliesTo.toString())))
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_ADMINISTRATOR)
    public Response changeDefinition(DefinitionChange change, String idempotencyKey) {
        var draft = QcMapper.draft(Bodies.required(change));
        String actor = Actors.of(securityContext);
        return idempotentRequests.once(
                "qaqc.change-definition",
                idempotencyKey,
                change,
                () -> Response.status(Response.Status.CREATED)
                        .entity(QcMapper.definition(definitions.change(draft, actor)))
                        .build());
    }
}
