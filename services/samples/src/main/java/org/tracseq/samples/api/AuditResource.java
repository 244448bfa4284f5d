package org.tracseq.samples.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.tracseq.contract.samples.api.AuditApi;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.security.Roles;
import org.tracseq.samples.service.SampleService;

/** A sample's audit trail, newest first. */
@Path("/{sampleId}/audit")
@RequestScoped
public class AuditResource implements AuditApi {
    @Inject
    SampleService samples;

    @Override
    @RolesAllowed(Roles.DATA_ANALYST)
    public Response getSampleAudit(UUID sampleId, Integer page, Integer size) {
        return Response.ok(SampleMapper.toAuditPage(samples.audit(sampleId, PageRequest.inFixedOrder(page, size))))
                .build();
    }
}
