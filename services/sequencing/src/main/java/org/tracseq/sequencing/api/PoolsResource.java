package org.tracseq.sequencing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.tracseq.contract.sequencing.api.PoolsApi;
import org.tracseq.contract.sequencing.model.PoolCreate;
import org.tracseq.contract.sequencing.model.PoolDesign;
import org.tracseq.contract.sequencing.model.PoolMember;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;
import org.tracseq.sequencing.service.Pools;

/** Pools over HTTP: the calculator and pools with their libraries' QC (QC-4). */
@Path("/pools")
@RequestScoped
public class PoolsResource implements PoolsApi {
    @Inject
    Pools pools;

    @Inject
    IdempotentRequests idempotentRequests;

    @Context
    SecurityContext securityContext;

    @Override
    @RolesAllowed(Roles.RESEARCH_SCIENTIST)
    public Response planPool(PoolDesign design) {
        Bodies.required(design);
        return Response.ok(SequencingMapper.plan(
                        pools.plan(
                                members(design.getLibraries()),
                                design.getTargetMolarityNm(),
                                design.getTargetVolumeUl()),
                        design.getTargetMolarityNm(),
                        design.getTargetVolumeUl()))
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response createPool(PoolCreate request, String idempotencyKey) {
        Bodies.required(request);
        String actor = Actors.of(securityContext);
        // QC-4: only a principal investigator, or a role above, may pool a library whose QC failed.
        boolean mayOverride = securityContext.isUserInRole(Roles.PRINCIPAL_INVESTIGATOR)
                || securityContext.isUserInRole(Roles.LAB_ADMINISTRATOR);
        return idempotentRequests.once(
                "sequencing.create-pool",
                idempotencyKey,
                request,
                () -> Response.status(Response.Status.CREATED)
                        .entity(SequencingMapper.pool(pools.create(
                                request.getName(),
                                members(request.getLibraries()),
                                request.getTargetMolarityNm(),
                                request.getTargetVolumeUl(),
                                request.getQcOverride() == null
                                        ? null
                                        : request.getQcOverride().getReason(),
                                mayOverride,
                                actor)))
                        .build());
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getPool(UUID poolId) {
        return Response.ok(SequencingMapper.pool(pools.find(poolId)).ownQc(SequencingMapper.ownQc(pools.ownQc(poolId))))
                .build();
    }

    private static List<Pools.Member> members(List<PoolMember> members) {
        return members.stream()
                .map(member -> new Pools.Member(member.getLibraryId(), member.getShare()))
                .toList();
    }
}
