package org.tracseq.libraryprep.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.tracseq.contract.libraryprep.api.PlatesApi;
import org.tracseq.contract.libraryprep.model.PlateCreate;
import org.tracseq.libraryprep.service.Plates;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;

/** Library-prep plates: made all or nothing with indexes by well, and read. */
@Path("/plates")
@RequestScoped
public class PlatesResource implements PlatesApi {
    /** Timed in the method, not by {@code @Timed} (docs/metrics.md, "Timers"). */
    @Inject
    @Metric(name = "tracseq_library_prep_create_plate", absolute = true, description = "Time to make one plate")
    Timer createTimer;

    @Inject
    Plates plates;

    @Inject
    IdempotentRequests idempotency;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response createPlate(PlateCreate body, String idempotencyKey) {
        try (Timer.Context timed = createTimer.time()) {
            Plates.PlateOrder order = LibraryPrepMapper.order(Bodies.required(body));
            String actor = Actors.of(security);
            Plates.Prepared prepared = plates.prepare(order, idempotencyKey, actor);
            return idempotency.once("library-prep.create-plate", idempotencyKey, body, () -> {
                Plates.PlateView plate = plates.record(prepared, actor);
                return Response.created(uriInfo.getBaseUriBuilder()
                                .path("plates")
                                .path(plate.id().toString())
                                .build())
                        .entity(LibraryPrepMapper.plate(plate))
                        .build();
            });
        }
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getPlate(UUID plateId) {
        return Response.ok(LibraryPrepMapper.plate(plates.get(plateId))).build();
    }
}
