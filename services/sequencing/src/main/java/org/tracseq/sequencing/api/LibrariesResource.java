package org.tracseq.sequencing.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.tracseq.contract.sequencing.api.LibrariesApi;
import org.tracseq.platform.security.Roles;
import org.tracseq.sequencing.service.Pools;

/** Libraries as library-prep announced them. */
@Path("/libraries/{libraryId}")
@RequestScoped
public class LibrariesResource implements LibrariesApi {
    @Inject
    Pools pools;

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getSequencingLibrary(UUID libraryId) {
        return Response.ok(SequencingMapper.library(pools.library(libraryId))).build();
    }
}
