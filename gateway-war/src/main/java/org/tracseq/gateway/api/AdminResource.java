package org.tracseq.gateway.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.StringReader;
import org.tracseq.gateway.balancing.Instance;
import org.tracseq.gateway.migration.MigrationFlags;
import org.tracseq.gateway.routing.Route;
import org.tracseq.gateway.routing.RouteTable;
import org.tracseq.platform.problem.ProblemException;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;

/**
 * The operators' view of the gateway ({@code /api/admin/routes}): every route with its balancer,
 * instances and their state, migration mode and the recent mode changes; and the migration switch
 * ({@code PUT /api/admin/routes/<name>/mode}). Lab administrators only.
 */
@Path("api/admin/routes")
@RequestScoped
@RolesAllowed(Roles.LAB_ADMINISTRATOR)
public class AdminResource {
    private static final int RECENT_CHANGES = 20;

    @Inject
    RouteTable routes;

    @Inject
    MigrationFlags migration;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject routes() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        routes.all().forEach(route -> all.add(view(route)));
        JsonArrayBuilder changes = Json.createArrayBuilder();
        migration
                .recentChanges(RECENT_CHANGES)
                .forEach(change ->
                        changes.add(Json.createReader(new StringReader(change)).readObject()));
        return Json.createObjectBuilder()
                .add("routes", all)
                .add("recentModeChanges", changes)
                .build();
    }

    /**
     * Body: {@code {"mode": "service" | "monolith" | "split:<percent to the service>"}}, taken as
     * text and read by {@link ModeRequest} once the route is known: an unknown route is a 404
     * whatever the body, and a body of the wrong shape a 400 that says what is wrong.
     */
    @PUT
    @Path("{name}/mode")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject setMode(@PathParam("name") String name, String body) {
        Route route = routes.find(name).orElseThrow(() -> ProblemException.notFound("Route", name));
        migration.set(route, ModeRequest.read(body), Actors.of(security));
        return view(route);
    }

    private JsonObject view(Route route) {
        JsonArrayBuilder instances = Json.createArrayBuilder();
        for (Instance instance : route.instances()) {
            instances.add(Json.createObjectBuilder()
                    .add("url", instance.baseUrl().toString())
                    .add("source", instance.source())
                    .add("weight", instance.weight())
                    .add("state", instance.state(System.currentTimeMillis()))
                    .add("inFlight", instance.inFlight()));
        }
        JsonObjectBuilder view = Json.createObjectBuilder()
                .add("name", route.name())
                .add("balancer", route.balancerName())
                .add("mode", migration.modeOf(route).toString())
                .add("instances", instances);
        route.monolith()
                .ifPresent(monolith -> view.add("monolith", monolith.baseUrl().toString()));
        return view.build();
    }
}
