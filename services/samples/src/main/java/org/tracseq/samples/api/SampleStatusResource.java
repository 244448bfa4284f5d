package org.tracseq.samples.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.tracseq.contract.samples.api.StatusApi;
import org.tracseq.contract.samples.model.StatusChangeRequest;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;
import org.tracseq.samples.domain.SampleStatus;
import org.tracseq.samples.service.SampleService;
import org.tracseq.samples.service.StatusChanges;

/** Status changes (SM-STATUS) and the status history. */
@Path("")
@RequestScoped
public class SampleStatusResource implements StatusApi {
    @Inject
    SampleService samples;

    @Inject
    StatusChanges statusChanges;

    @Context
    SecurityContext security;

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response changeSampleStatus(UUID sampleId, StatusChangeRequest body) {
        Bodies.required(body);
        SampleStatus target = SampleMapper.convert(body.getStatus(), SampleStatus.class);
        return Response.ok(SampleMapper.toContract(
                        statusChanges.change(sampleId, target, body.getReason(), Actors.of(security))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getSampleStatusHistory(UUID sampleId) {
        return Response.ok(samples.statusHistory(sampleId).stream()
                        .map(SampleMapper::toContract)
                        .toList())
                .build();
    }
}
