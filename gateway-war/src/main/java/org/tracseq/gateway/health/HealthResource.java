package org.tracseq.gateway.health;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/health}: the readiness of every service behind the gateway; 503 when any is down. */
@Path("api/health")
@PermitAll
public class HealthResource {
    @Inject
    ServiceHealth health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        JsonObject report = health.report();
        return Response.status("UP".equals(report.getString("status")) ? 200 : 503)
                .entity(report)
                .build();
    }
}
