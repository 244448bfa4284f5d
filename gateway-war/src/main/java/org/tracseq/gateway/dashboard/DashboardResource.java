package org.tracseq.gateway.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tracseq.platform.security.CurrentToken;
import org.tracseq.platform.security.Roles;

/** {@code GET /api/dashboard}: the lab's counts and warnings in one call, for any signed-in user. */
@Path("api/dashboard")
@RolesAllowed(Roles.GUEST)
public class DashboardResource {
    @Inject
    Dashboard dashboard;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Dashboard.DashboardView dashboard() {
        return dashboard.view(CurrentToken.get().orElseThrow().raw());
    }
}
