package org.tracseq.qaqc.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tracseq.contract.qaqc.api.SummariesApi;
import org.tracseq.contract.qaqc.model.EffectiveQcRequest;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Bodies;
import org.tracseq.qaqc.domain.LibraryQc;
import org.tracseq.qaqc.domain.PoolQc;
import org.tracseq.qaqc.service.Results;

/** A sample's QC summary, libraries' effective QC and pools' own QC (QC-4) over HTTP; reads only. */
@Path("")
@RequestScoped
public class SummariesResource implements SummariesApi {
    @Inject
    Results results;

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getSampleSummary(UUID sampleId) {
        return Response.ok(QcMapper.summary(results.sampleSummary(sampleId))).build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getEffectiveQc(List<UUID> ids) {
        return effective(ids);
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response queryEffectiveQc(EffectiveQcRequest request) {
        return effective(Bodies.required(request).getLibraryIds());
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getPoolQc(List<UUID> ids) {
        List<PoolQc> known = results.poolQc(ids);
        Set<UUID> found = known.stream().map(PoolQc::poolId).collect(Collectors.toSet());
        return Response.ok(QcMapper.poolQc(known, unknown(ids, found))).build();
    }

    private Response effective(List<UUID> ids) {
        List<LibraryQc> known = results.effective(ids);
        Set<UUID> found = known.stream().map(LibraryQc::libraryId).collect(Collectors.toSet());
        return Response.ok(QcMapper.effective(known, unknown(ids, found))).build();
    }

    private static List<UUID> unknown(List<UUID> asked, Set<UUID> found) {
        return asked.stream().distinct().filter(id -> !found.contains(id)).toList();
    }
}
