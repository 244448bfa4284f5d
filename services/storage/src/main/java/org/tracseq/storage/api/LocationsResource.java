package org.tracseq.storage.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.tracseq.contract.storage.api.LocationsApi;
import org.tracseq.contract.storage.model.BoxGeometry;
import org.tracseq.contract.storage.model.LocationCreate;
import org.tracseq.contract.storage.model.LocationKind;
import org.tracseq.contract.storage.model.LocationMove;
import org.tracseq.contract.storage.model.LocationPage;
import org.tracseq.contract.storage.model.TemperatureZone;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;
import org.tracseq.storage.domain.Location;
import org.tracseq.storage.service.LocationService;
import org.tracseq.storage.service.StorageRules;
import org.tracseq.storage.service.Views;

/** The hierarchy (ST-1), geometry (ST-2) and box grids. Repeats the interface's class-level {@code @Path}. */
@Path("")
@RequestScoped
public class LocationsResource implements LocationsApi {
    @Inject
    LocationService locations;

    @Inject
    StorageRules rules;

    @Inject
    IdempotentRequests idempotency;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed(Roles.PRINCIPAL_INVESTIGATOR)
    public Response createLocation(LocationCreate body, String idempotencyKey) {
        String name = Bodies.required(body).getName().trim();
        var draft = new LocationService.Draft(
                StorageMapper.kind(body.getKind()),
                name,
                body.getParentId(),
                StorageMapper.zone(body.getZone()),
                body.getRows(),
                body.getColumns(),
                body.getDescription());
        String actor = Actors.of(security);
        return idempotency.once("storage.create-location", idempotencyKey, body, () -> {
            Views.LocationView created = locations.create(draft, actor);
            return Response.created(uriInfo.getBaseUriBuilder()
                            .path("locations")
                            .path(created.location().id().toString())
                            .build())
                    .entity(toContract(created))
                    .build();
        });
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response listLocations(UUID parentId, LocationKind kind, TemperatureZone zone, Integer page, Integer size) {
        var found = locations.list(
                parentId, StorageMapper.kind(kind), StorageMapper.zone(zone), PageRequest.inFixedOrder(page, size));
        return Response.ok(new LocationPage()
                        .items(found.items().stream()
                                .map(location -> StorageMapper.location(location, List.of(), status(location)))
                                .toList())
                        .page(found.page())
                        .size(found.size())
                        .total(found.total()))
                .build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getLocation(UUID locationId) {
        return Response.ok(toContract(locations.view(locationId))).build();
    }

    @Override
    @RolesAllowed(Roles.PRINCIPAL_INVESTIGATOR)
    public Response deleteLocation(UUID locationId) {
        return Response.ok(toContract(locations.delete(locationId, Actors.of(security))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.PRINCIPAL_INVESTIGATOR)
    public Response changeGeometry(UUID locationId, BoxGeometry body) {
        Bodies.required(body);
        return Response.ok(toContract(
                        locations.changeGeometry(locationId, body.getRows(), body.getColumns(), Actors.of(security))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.PRINCIPAL_INVESTIGATOR)
    public Response moveLocation(UUID locationId, LocationMove body) {
        Bodies.required(body);
        return Response.ok(toContract(locations.move(locationId, body.getParentId(), Actors.of(security))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getBoxGrid(UUID locationId) {
        return Response.ok(StorageMapper.grid(locations.grid(locationId))).build();
    }

    private org.tracseq.contract.storage.model.StorageLocation toContract(Views.LocationView view) {
        return StorageMapper.location(view.location(), view.path(), status(view.location()));
    }

    private org.tracseq.contract.storage.model.CapacityStatus status(Location location) {
        return StorageMapper.status(rules.thresholds().of(location.occupied(), location.capacity()));
    }
}
