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
import org.tracseq.contract.libraryprep.api.LibrariesApi;
import org.tracseq.contract.libraryprep.model.LibraryCreate;
import org.tracseq.libraryprep.domain.LibraryFilter;
import org.tracseq.libraryprep.service.Libraries;
import org.tracseq.libraryprep.service.LibraryOrder;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;

/** Libraries made one at a time (LB-1, LB-2), listed and read. */
@Path("")
@RequestScoped
public class LibrariesResource implements LibrariesApi {
    /** Timed in the method, not by {@code @Timed} (docs/metrics.md, "Timers"). */
    @Inject
    @Metric(name = "tracseq_library_prep_create_library", absolute = true, description = "Time to make one library")
    Timer createTimer;

    @Inject
    Libraries libraries;

    @Inject
    IdempotentRequests idempotency;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed(Roles.LAB_TECHNICIAN)
    public Response createLibrary(LibraryCreate body, String idempotencyKey) {
        try (Timer.Context timed = createTimer.time()) {
            LibraryOrder order = LibraryPrepMapper.order(Bodies.required(body));
            String actor = Actors.of(security);
            Libraries.Prepared prepared = libraries.prepare(order, idempotencyKey, actor);
            return idempotency.once("library-prep.create-library", idempotencyKey, body, () -> {
                Libraries.LibraryView library = libraries.record(prepared, actor);
                return Response.created(uriInfo.getBaseUriBuilder()
                                .path("libraries")
                                .path(library.library().id().toString())
                                .build())
                        .entity(LibraryPrepMapper.library(library))
                        .build();
            });
        }
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getLibrary(UUID libraryId) {
        return Response.ok(LibraryPrepMapper.library(libraries.get(libraryId))).build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response listLibraries(UUID sampleId, UUID plateId, String barcode, Integer page, Integer size) {
        return Response.ok(LibraryPrepMapper.libraries(libraries.page(
                        new LibraryFilter(sampleId, plateId, barcode), PageRequest.inFixedOrder(page, size))))
                .build();
    }
}
