package org.tracseq.events.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.tracseq.contract.events.api.OperationsApi;
import org.tracseq.contract.events.model.RedriveResult;
import org.tracseq.events.service.DeadLetters;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.security.Roles;

/** Every consumer group's dead letters, for lab administrators: to see why, and to try again. */
@Path("/dead-letters")
@RequestScoped
@RolesAllowed(Roles.LAB_ADMINISTRATOR)
public class OperationsResource implements OperationsApi {
    @Inject
    DeadLetters deadLetters;

    @Override
    public Response listDeadLetters(String group, Integer page, Integer size) {
        return Response.ok(EventsMapper.deadLetters(deadLetters.page(group, PageRequest.inFixedOrder(page, size))))
                .build();
    }

    @Override
    public Response redriveDeadLetters(String group) {
        return Response.ok(new RedriveResult().redriven(deadLetters.redrive(group)))
                .build();
    }
}
