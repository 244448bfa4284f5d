package org.tracseq.libraryprep.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.tracseq.contract.libraryprep.api.ProtocolsApi;
import org.tracseq.libraryprep.service.Libraries;
import org.tracseq.platform.security.Roles;

/** The library-prep protocols. */
@Path("/protocols")
@RequestScoped
public class ProtocolsResource implements ProtocolsApi {
    @Inject
    Libraries libraries;

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response listProtocols() {
        return Response.ok(libraries.protocols().stream()
                        .map(LibraryPrepMapper::protocol)
                        .toList())
                .build();
    }
}
