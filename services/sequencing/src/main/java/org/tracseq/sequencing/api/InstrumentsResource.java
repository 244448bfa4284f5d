package org.tracseq.sequencing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.tracseq.contract.sequencing.api.InstrumentsApi;
import org.tracseq.contract.sequencing.model.InstrumentList;
import org.tracseq.contract.sequencing.model.InstrumentRegistration;
import org.tracseq.contract.sequencing.model.InstrumentStatusChange;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;
import org.tracseq.sequencing.domain.InstrumentState;
import org.tracseq.sequencing.service.Instruments;

/** The lab's instruments over HTTP: registering, changing state, and their queues. */
@Path("/instruments")
@RequestScoped
public class InstrumentsResource implements InstrumentsApi {
    @Inject
    Instruments instruments;

    @Inject
    IdempotentRequests idempotentRequests;

    @Context
    SecurityContext securityContext;

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response listInstruments() {
        return Response.ok(new InstrumentList()
                        .items(instruments.all().stream()
                                .map(SequencingMapper::instrument)
                                .toList()))
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_ADMINISTRATOR)
    public Response registerInstrument(InstrumentRegistration request, String idempotencyKey) {
        Bodies.required(request);
        String actor = Actors.of(securityContext);
        return idempotentRequests.once(
                "sequencing.register-instrument",
                idempotencyKey,
                request,
                () -> Response.status(Response.Status.CREATED)
                        .entity(SequencingMapper.instrument(instruments.register(
                                request.getName(),
                                request.getSerialNumber(),
                                SequencingMapper.platform(request.getPlatform()),
                                request.getCapacity() == null ? 1 : request.getCapacity(),
                                actor)))
                        .build());
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getInstrument(UUID instrumentId) {
        return Response.ok(SequencingMapper.instrument(instruments.find(instrumentId)))
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response changeInstrumentStatus(UUID instrumentId, InstrumentStatusChange request) {
        Bodies.required(request);
        return Response.ok(SequencingMapper.instrument(instruments.changeState(
                        instrumentId,
                        InstrumentState.valueOf(request.getStatus().name()),
                        request.getReason(),
                        Actors.of(securityContext))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getInstrumentQueue(UUID instrumentId) {
        return Response.ok(SequencingMapper.queue(instruments.queue(instrumentId)))
                .build();
    }
}
