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
import org.tracseq.contract.libraryprep.api.KitsApi;
import org.tracseq.contract.libraryprep.model.KitCsv;
import org.tracseq.libraryprep.service.KitCatalogue;
import org.tracseq.libraryprep.service.KitView;
import org.tracseq.platform.idempotency.IdempotentRequests;
import org.tracseq.platform.paging.PageRequest;
import org.tracseq.platform.security.Roles;
import org.tracseq.platform.web.Actors;
import org.tracseq.platform.web.Bodies;

/** The index catalogue (LB-4): kits listed, read and exported by anyone, imported and changed by lab administrators. */
@Path("/kits")
@RequestScoped
public class KitsResource implements KitsApi {
    @Inject
    KitCatalogue catalogue;

    @Inject
    IdempotentRequests idempotency;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response listKits(Boolean includeSuperseded, Integer page, Integer size) {
        return Response.ok(LibraryPrepMapper.kits(
                        catalogue.page(Boolean.TRUE.equals(includeSuperseded), PageRequest.inFixedOrder(page, size))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_ADMINISTRATOR)
    public Response importKit(KitCsv body, String idempotencyKey) {
        String csv = Bodies.required(body).getCsv();
        String actor = Actors.of(security);
        return idempotency.once(
                "library-prep.import-kit", idempotencyKey, body, () -> created(catalogue.importKit(csv, actor)));
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response getKit(UUID kitId) {
        return Response.ok(LibraryPrepMapper.kit(catalogue.get(kitId))).build();
    }

    @Override
    @RolesAllowed(Roles.LAB_ADMINISTRATOR)
    public Response replaceKit(UUID kitId, KitCsv body) {
        String csv = Bodies.required(body).getCsv();
        return Response.ok(LibraryPrepMapper.kit(catalogue.correct(kitId, csv, Actors.of(security))))
                .build();
    }

    @Override
    @RolesAllowed(Roles.LAB_ADMINISTRATOR)
    public Response supersedeKit(UUID kitId, KitCsv body, String idempotencyKey) {
        String csv = Bodies.required(body).getCsv();
        String actor = Actors.of(security);
        return idempotency.once(
                "library-prep.supersede-kit:" + kitId,
                idempotencyKey,
                body,
                () -> created(catalogue.supersede(kitId, csv, actor)));
    }

    @Override
    @RolesAllowed(Roles.GUEST)
    public Response exportKit(UUID kitId) {
        KitView kit = catalogue.get(kitId);
        return Response.ok(catalogue.export(kitId), "text/csv")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + kit.label().replaceAll("[^A-Za-z0-9.-]+", "-") + ".csv\"")
                .build();
    }

    private Response created(KitView kit) {
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("kits")
                        .path(kit.id().toString())
                        .build())
                .entity(LibraryPrepMapper.kit(kit))
                .build();
    }
}
